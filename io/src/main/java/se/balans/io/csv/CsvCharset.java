package se.balans.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import se.balans.io.InputFileException;

/**
 * The character encoding of a CSV input, found from its bytes, since a CSV file does not say.
 *
 * <p>The files are meant to be UTF-8. But Excel in a Swedish Windows saves "CSV (semikolonavgränsad)" in
 * Windows-1252, where å ä ö Å Ä Ö é are the single bytes E5 E4 F6 C5 C4 D6 E9, never valid UTF-8 on their own. So:
 * <ul>
 * <li>bytes that are valid UTF-8 (plain ASCII included) are read as UTF-8;</li>
 * <li>bytes in which nothing above ASCII is UTF-8 are read as Windows-1252 when they hold its letters (C0–FF: Å Ä Ö
 * å ä ö é …), or else no byte in 80–9F. Those bytes are Windows-1252's dashes, quotes and € — but CP437's Swedish
 * letters (ä is 84, ö 94, Å 8F), so without Latin letters beside them a dash is not told from an ä, and the file
 * is refused rather than guessed at;</li>
 * <li>anything else is refused, naming the first line that is not UTF-8: a mixture of the two, or a byte
 * Windows-1252 does not define (81, 8D, 8F, 90, 9D).</li>
 * </ul>
 * The whole input is looked at before a line is read: an import must not read half a file one way.
 */
public final class CsvCharset {
    /** What Excel in a Swedish Windows saves CSV in. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(256);
    private boolean utf8Text;
    private long firstLineNotUtf8;
    /** Among the lines that are not UTF-8: bytes C0–FF, bytes 80–9F, bytes Windows-1252 leaves undefined. */
    private boolean latinLetters;
    private boolean c1;
    private boolean undefined;

    private CsvCharset(Path file) {
        this.file = file;
    }

    /**
     * The encoding of {@code bytes}, the content of {@code file}.
     *
     * @throws InputFileException when the bytes are neither, naming the first line that is not UTF-8
     */
    public static Charset of(Path file, byte[] bytes) {
        try {
            return isUtf8(new ByteArrayInputStream(bytes)) ? StandardCharsets.UTF_8
                    : linesOf(file, new ByteArrayInputStream(bytes), Integer.MAX_VALUE).decision();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never from an array
        }
    }

    /**
     * The encoding of the file, read through once, and once more line by line when it is not UTF-8. A line longer
     * than {@code maxLineBytes} ends that look: the reader that follows refuses it.
     *
     * @throws InputFileException when the file is neither, naming the first line that is not UTF-8
     */
    public static Charset of(Path file, int maxLineBytes) {
        try {
            try (InputStream in = Files.newInputStream(file)) {
                if (isUtf8(in)) {
                    return StandardCharsets.UTF_8;
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return linesOf(file, in, maxLineBytes).decision();
            }
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, null, null, "no such file");
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The lines of a file that is not UTF-8, looked at one by one, up to one longer than {@code maxLineBytes}. */
    private static CsvCharset linesOf(Path file, InputStream in, int maxLineBytes) throws IOException {
        CsvCharset c = new CsvCharset(file);
        byte[] buffer = new byte[1 << 16];
        byte[] line = new byte[256];
        int length = 0;
        long number = 1;
        for (int n; (n = in.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    c.line(line, 0, length, number++);
                    length = 0;
                } else if (length == maxLineBytes) {
                    return c;
                } else {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, Math.min(2 * line.length, maxLineBytes));
                    }
                    line[length++] = buffer[i];
                }
            }
        }
        c.line(line, 0, length, number);
        return c;
    }

    /**
     * Whether the bytes are valid UTF-8, decoded in blocks: the common case, decided at the speed of the JDK's
     * decoder. Only other files are looked at line by line ({@link #line}), to tell Windows-1252 from the rest and
     * to name a line.
     */
    private static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            bytes.position(bytes.position() + Math.max(n, 0));
            bytes.flip();
            while (true) {
                CoderResult result = utf8.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                if (result.isUnderflow()) {
                    break;
                }
            }
            bytes.compact();
        }
        return true;
    }

    private void line(byte[] bytes, int start, int end, long line) {
        int i = start;
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        if (i == end) {
            return;
        }
        if (chars.capacity() < end - start) {
            chars = CharBuffer.allocate(end - start);
        }
        chars.clear();
        utf8.reset();
        if (!utf8.decode(ByteBuffer.wrap(bytes, start, end - start), chars, true).isError()) {
            utf8Text = true;
            return;
        }
        if (firstLineNotUtf8 == 0) {
            firstLineNotUtf8 = line;
        }
        for (; i < end; i++) {
            int b = bytes[i] & 0xFF;
            latinLetters |= b >= 0xC0;
            c1 |= b >= 0x80 && b <= 0x9F;
            undefined |= b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
        }
    }

    private Charset decision() {
        if (firstLineNotUtf8 == 0) {
            return StandardCharsets.UTF_8;
        }
        if (!utf8Text && !undefined && (latinLetters || !c1)) {
            return WINDOWS_1252;
        }
        throw new InputFileException(file, firstLineNotUtf8, null, "not UTF-8 text (save the file as UTF-8)");
    }
}
