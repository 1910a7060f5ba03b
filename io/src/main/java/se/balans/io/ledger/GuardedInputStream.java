package se.balans.io.ledger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import se.balans.io.InputFileException;

/**
 * The bytes of a text ledger on their way to a parser that buffers on its own (Commons CSV):
 * counts lines, refuses a line or record over the limit and NUL bytes as they pass, and reports
 * progress.
 *
 * <p>Why here: the CSV parser would otherwise buffer a 2 GB line or an unclosed quote in full
 * before saying anything. A refusal travels through the parser as a {@link Refusal}, an
 * {@code IOException} that carries the {@link InputFileException} to rethrow.
 */
final class GuardedInputStream extends FilterInputStream {
    private static final long PROGRESS_STEP = 1 << 20;

    /** An {@link InputFileException} wrapped to pass through a parser's IO error handling. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;

        Refusal(InputFileException cause) {
            super(cause.getMessage(), cause);
        }

        InputFileException refusal() {
            return (InputFileException) getCause();
        }
    }

    private final Path file;
    private final int maxLineBytes;
    private final long maxRecordBytes;
    private final LedgerSink sink;
    private final long total;
    private long bytes;
    private long newlines;
    private int lineLength;
    private long recordStart;
    private long nextProgress = PROGRESS_STEP;

    GuardedInputStream(InputStream in, Path file, int maxLineBytes, LedgerSink sink, long total) {
        super(in);
        this.file = file;
        this.maxLineBytes = maxLineBytes;
        // The parser reads ahead by a buffer or two, so a record is measured with room for that.
        this.maxRecordBytes = maxLineBytes + (1L << 16);
        this.sink = sink;
        this.total = total;
    }

    /** A record was returned: its bytes no longer count against the record limit. */
    void markRecord() {
        recordStart = bytes;
    }

    /** Lines seen so far, a last line without a line break included. */
    long lines() {
        return newlines + (lineLength > 0 ? 1 : 0);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            check((byte) c);
            progress();
        }
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        for (int i = off; i < off + n; i++) {
            check(b[i]);
        }
        progress();
        return n;
    }

    private void check(byte c) throws Refusal {
        bytes++;
        if (c == '\n') {
            newlines++;
            lineLength = 0;
            return;
        }
        if (++lineLength > maxLineBytes) {
            throw new Refusal(ByteLineReader.lineTooLong(file, newlines + 1, maxLineBytes));
        }
        if (c == 0) {
            throw new Refusal(new InputFileException(file, newlines + 1, null,
                    "NUL byte: not UTF-8 text (UTF-16, or a binary file?)"));
        }
        if (bytes - recordStart > maxRecordBytes) {
            throw new Refusal(new InputFileException(file, newlines + 1, null, "a record longer than "
                    + maxRecordBytes + " bytes: a quoted field that is never closed?"));
        }
    }

    private void progress() {
        if (bytes >= nextProgress) {
            sink.progress(Math.min(bytes, total), total);
            nextProgress = bytes + PROGRESS_STEP;
        }
    }
}
