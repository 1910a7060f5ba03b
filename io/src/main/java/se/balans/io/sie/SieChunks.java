package se.balans.io.sie;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import se.balans.io.InputFileException;

/**
 * Cuts the vouchers of a SIE file into chunks of about a given size, each cut just before a line
 * that starts a {@code #VER}, so that each chunk can be read on its own; counts their lines, so that
 * each knows the file's line numbers.
 *
 * <p>A cut is only ever made at the start of a line; where no {@code #VER} line is found (a voucher
 * longer than a chunk) the chunk ends at its last line break instead, which is still sound: a chunk
 * that does not start between vouchers fails its own read and is read again in order. Memory stays
 * bounded: a chunk grows past its size only to hold one line, up to the longest line allowed.
 */
final class SieChunks implements Closeable {

    /**
     * A chunk of the file.
     *
     * @param bytes       the chunk in {@code bytes[0, length)}
     * @param linesBefore the file's lines before it
     * @param lines       its lines
     * @param start       its offset in the file
     * @param whole       false when it holds the start of a line longer than the limit: it cannot be
     *                    read on its own, and the rest of the file must be read from {@code start} in order
     */
    record Chunk(byte[] bytes, int length, long linesBefore, long lines, long start, boolean whole) {
        long end() {
            return start + length;
        }
    }

    private final Path file;
    private final InputStream in;
    private final int chunkBytes;
    private final int maxLineBytes;
    private byte[] carry = new byte[0];
    private int carried;
    private long offset;
    private long linesBefore;
    private boolean atEnd;

    /** The chunks of {@code file} from byte {@code offset}, which starts line {@code linesBefore + 1}. */
    SieChunks(Path file, long offset, long linesBefore, int chunkBytes, int maxLineBytes) {
        this.file = file;
        this.chunkBytes = chunkBytes;
        this.maxLineBytes = maxLineBytes;
        this.offset = offset;
        this.linesBefore = linesBefore;
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            this.in = Channels.newInputStream(channel.position(offset));
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Whether a line {@code b[s, e)} (e at most the end of the bytes known) starts a {@code #VER} record. */
    static boolean startsVoucher(byte[] b, int s, int e) {
        int i = s;
        while (i < e && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (e - i < 4 || b[i] != '#' || b[i + 1] != 'V' || b[i + 2] != 'E' || b[i + 3] != 'R') {
            return false;
        }
        if (e - i == 4) {
            return true;
        }
        byte c = b[i + 4];
        return c == ' ' || c == '\t' || c == '"' || c == '{' || c == '}' || c == '\r' || c == '\n';
    }

    /** The next chunk; null after the last. */
    Chunk next() {
        if (atEnd && carried == 0) {
            return null;
        }
        byte[] b = Arrays.copyOf(carry, Math.max(chunkBytes, carried + 1));
        int length = carried;
        while (true) {
            length = fill(b, length);
            int cut = atEnd ? length : cut(b, length);
            if (cut > 0) {
                return chunk(b, length, cut, true);
            }
            if (b.length > maxLineBytes + 1) {
                // No line break in more than the longest line allowed: that line is refused when read in order.
                return chunk(b, length, length, false);
            }
            b = Arrays.copyOf(b, Math.min(2 * b.length, maxLineBytes + 2));
        }
    }

    private Chunk chunk(byte[] b, int length, int cut, boolean whole) {
        long lines = 0;
        for (int i = 0; i < cut; i++) {
            if (b[i] == '\n') {
                lines++;
            }
        }
        if (atEnd && cut == length && length > 0 && b[length - 1] != '\n') {
            lines++;
        }
        carried = length - cut;
        carry = Arrays.copyOfRange(b, cut, length);
        Chunk c = new Chunk(b, cut, linesBefore, lines, offset, whole);
        linesBefore += lines;
        offset += cut;
        if (!whole) {
            atEnd = true;
            carried = 0;
        }
        return c;
    }

    /** Where to cut {@code b[0, length)}: before its last {@code #VER} line, else after its last line break; 0 if neither. */
    private static int cut(byte[] b, int length) {
        int lastBreak = -1;
        for (int i = length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                if (lastBreak < 0) {
                    lastBreak = i;
                }
                if (i + 1 < length && startsVoucher(b, i + 1, length) && i + 1 <= lastBreak) {
                    return i + 1;
                }
            }
        }
        return lastBreak + 1;
    }

    private int fill(byte[] b, int from) {
        try {
            int n = in.readNBytes(b, from, b.length - from);
            if (from + n < b.length) {
                atEnd = true;
            }
            return from + n;
        } catch (IOException e) {
            throw new InputFileException(file, linesBefore + 1, null, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of a file only read loses nothing.
        }
    }
}
