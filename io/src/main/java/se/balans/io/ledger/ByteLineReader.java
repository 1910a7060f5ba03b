package se.balans.io.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import se.balans.io.InputFileException;

/**
 * Reads a file line by line as bytes, holding at most one line, and refusing a line longer than a
 * limit without ever buffering it.
 *
 * <p>Why bytes: a SIE file's encoding is only known from its bytes and its checksum is over them;
 * and a reader that decodes only the fields it needs is several times faster. A line ends at
 * {@code \n}; one {@code \r} before it is dropped. The current line is a view ({@link #bytes()},
 * {@link #start()}, {@link #end()}) valid until the next call of {@link #next()}; its bytes may be
 * changed in place by the caller.
 */
public final class ByteLineReader implements Closeable {
    private static final int BUFFER_BYTES = 1 << 16;

    private final Path file;
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private byte[] carry = new byte[256];
    private long bytesRead;
    private long lineNumber;
    private long lineOffset;

    private byte[] lineBytes;
    private int lineStart;
    private int lineEnd;

    public ByteLineReader(Path file, int maxLineBytes) {
        this(file, open(file), maxLineBytes, 0);
    }

    /**
     * Reads a part of {@code file} from {@code in}, whose first line is line {@code linesBefore + 1}
     * of the file: a part read on its own (in parallel with others) still names the file's lines.
     */
    public ByteLineReader(Path file, InputStream in, int maxLineBytes, long linesBefore) {
        this.file = file;
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.lineNumber = linesBefore;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, null, null, "no such file");
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Moves to the next line; false at the end of the file. */
    public boolean next() {
        lineOffset = bytesRead - (limit - pos);
        int carried = 0;
        while (true) {
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0) {
                int length = carried + nl - pos;
                checkLength(length);
                if (carried == 0) {
                    setLine(buffer, pos, nl);
                } else {
                    carried = append(carried, pos, nl);
                    setLine(carry, 0, carried);
                }
                pos = nl + 1;
                return true;
            }
            checkLength(carried + limit - pos);
            carried = append(carried, pos, limit);
            pos = limit;
            if (!fill()) {
                if (carried == 0) {
                    return false;
                }
                setLine(carry, 0, carried);
                return true;
            }
        }
    }

    public byte[] bytes() {
        return lineBytes;
    }

    public int start() {
        return lineStart;
    }

    public int end() {
        return lineEnd;
    }

    /** The current line's number, from 1. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Where the current line starts: the bytes of the stream before it. */
    public long lineOffset() {
        return lineOffset;
    }

    /** Bytes read from the file so far (ahead of the current line by up to one buffer). */
    public long bytesRead() {
        return bytesRead;
    }

    public Path file() {
        return file;
    }

    private void setLine(byte[] bytes, int start, int end) {
        lineNumber++;
        if (end > start && bytes[end - 1] == '\r') {
            end--;
        }
        lineBytes = bytes;
        lineStart = start;
        lineEnd = end;
    }

    private void checkLength(long length) {
        if (length > maxLineBytes) {
            throw lineTooLong(file, lineNumber + 1, maxLineBytes);
        }
    }

    /** The refusal of a line over the limit, the same for every ledger format. */
    static InputFileException lineTooLong(Path file, long line, int maxLineBytes) {
        return new InputFileException(file, line, null, "line is longer than " + maxLineBytes
                + " bytes: not a ledger text file, or a damaged one");
    }

    private int append(int carried, int from, int to) {
        int n = to - from;
        if (carried + n > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carried + n, Math.min(2 * carry.length, maxLineBytes + 1)));
        }
        System.arraycopy(buffer, from, carry, carried, n);
        return carried + n;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            limit = n;
            bytesRead += n;
            return true;
        } catch (IOException e) {
            throw new InputFileException(file, lineNumber + 1, null, "cannot read: " + e.getMessage(), e);
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
