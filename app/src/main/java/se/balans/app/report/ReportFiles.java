package se.balans.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.balans.app.InvalidRequestException;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.pdf.PdfWriter;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.XlsxWriter;

/**
 * Writes a report's documents into the output folder, for every report command.
 *
 * <p>File names come from the report, the period and the language only ({@code regionplan-2025.xlsx},
 * {@code regionplan-2025-en.pdf}), never from input text, and every path is checked to lie directly
 * in the chosen folder. Each file is written beside its final name and moved into place, so a
 * reader never opens half a document and a failed run leaves the previous file intact.
 */
public final class ReportFiles {
    private static final String SAFE_NAME = "[a-z0-9][a-z0-9-]*";

    private ReportFiles() {
    }

    /** The file name of a report document: base name, a language suffix unless Swedish, the format. */
    public static String fileName(String baseName, Language language, DocumentFormat format) {
        if (!baseName.matches(SAFE_NAME)) {
            throw new IllegalArgumentException("not a safe file name: " + baseName);
        }
        String suffix = language == Language.SV ? "" : "-" + language.name().toLowerCase(java.util.Locale.ROOT);
        return baseName + suffix + "." + format.name();
    }

    /**
     * Writes the document in each format, in the order xlsx, pdf.
     *
     * @return the written paths, as {@code outDir} was given
     * @throws InvalidRequestException if {@code outDir} exists and is not a folder, or cannot be created
     */
    public static List<Path> write(ReportDocument doc, Path outDir, String baseName, Set<DocumentFormat> formats)
            throws IOException {
        Path folder = prepare(outDir);
        List<Path> written = new ArrayList<>();
        for (DocumentFormat f : EnumSet.copyOf(formats)) {
            String name = fileName(baseName, doc.language(), f);
            Path target = folder.resolve(name).normalize();
            if (!folder.equals(target.getParent())) {
                throw new IllegalStateException(name + " would be written outside " + folder);
            }
            // Not Files.createTempFile: its owner-only permissions would stick to the document.
            Path tmp = folder.resolve("." + name + ".part");
            try {
                // Whatever is at the temporary name (a link planted there, a left-over) is removed, and the
                // file is created new: never written through a link to somewhere outside the folder.
                Files.deleteIfExists(tmp);
                try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    switch (f) {
                        case xlsx -> new XlsxWriter().write(doc, out);
                        case pdf -> new PdfWriter().write(doc, out);
                    }
                }
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(outDir.resolve(name));
        }
        return written;
    }

    private static Path prepare(Path outDir) {
        Path folder = outDir.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidRequestException("--out " + outDir + " is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new InvalidRequestException("--out " + outDir + ": cannot create the folder (" + e + ")");
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
