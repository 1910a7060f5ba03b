package se.balans.reports.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs an OOXML package so that the same content gives the same bytes: POI stamps every zip
 * entry with the time of writing, so the entries are copied with one fixed time and in a fixed
 * order ({@code [Content_Types].xml} first, as Office writes it, then by name).
 *
 * <p>The time is set with {@link ZipEntry#setTimeLocal}, which stores the DOS date and time as
 * given, so the bytes do not depend on the time zone of the machine that wrote them.
 */
public final class DeterministicZip {
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DeterministicZip() {
    }

    /**
     * Writes the document to {@code out} re-packed, every entry stamped {@code time} (as UTC); the stream is not
     * closed. How every workbook Balans writes is written.
     */
    public static void write(org.apache.poi.ooxml.POIXMLDocument document, java.time.Instant time, OutputStream out)
            throws IOException {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        document.write(raw);
        repack(raw.toByteArray(), LocalDateTime.ofInstant(time, java.time.ZoneOffset.UTC), out);
    }

    /**
     * Copies the package {@code zip} to {@code out} with every entry stamped {@code time}; the stream is not closed.
     */
    static void repack(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> {
            if (a.equals(b)) {
                return 0;
            }
            if (a.equals(CONTENT_TYPES)) {
                return -1;
            }
            if (b.equals(CONTENT_TYPES)) {
                return 1;
            }
            return a.compareTo(b);
        });
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (entries.put(e.getName(), in.readAllBytes()) != null) {
                    throw new IOException("the package has two entries named " + e.getName());
                }
            }
        }
        ZipOutputStream z = new ZipOutputStream(out);
        z.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setTimeLocal(time);
            z.putNextEntry(entry);
            z.write(e.getValue());
            z.closeEntry();
        }
        z.finish();
        z.flush();
    }
}
