package se.balans.io.sie;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import se.balans.io.InputFileException;

/**
 * Decodes a SIE file's text fields, finding the encoding from the bytes.
 *
 * <p>SIE says CP437 ({@code #FORMAT PC8}), but many programs write UTF-8 or Latin-1 and still
 * declare PC8, so the declaration is not trusted. Swedish letters tell the three apart: in CP437
 * å ä ö Å Ä Ö é ü are bytes 0x80–0xA5, which are control characters in Latin-1 and never valid
 * UTF-8 on their own; in Latin-1 they are 0xC4–0xFC; UTF-8 writes them as valid two-byte
 * sequences, which the JDK's decoder checks. The first field with non-ASCII bytes decides the
 * file's encoding (a UTF-8 byte-order mark decides it at once); later fields must agree, except
 * that a field of Latin-1 letters in a CP437 file is read as Latin-1, because some programs (BL
 * Administration 2011) write object ids so. Any other mixture is refused: a silently garbled
 * account or object name would book to the wrong place.
 *
 * <p>Why decide field by field instead of scanning the whole file first: the file is read once,
 * as a stream, and only fields that are used are decoded; pure ASCII needs no decision at all.
 */
final class SieText {
    /** The encodings a SIE file's text may be in. */
    enum Encoding {
        ASCII(StandardCharsets.US_ASCII), UTF8(StandardCharsets.UTF_8), CP437(Charset.forName("IBM437")),
        LATIN1(StandardCharsets.ISO_8859_1);

        final Charset charset;

        Encoding(Charset charset) {
            this.charset = charset;
        }
    }

    /** CP437's letters (Ç ü é â ä à å ç ê ë è ï î ì Ä Å É æ Æ ô ö ò û ù ÿ Ö Ü … á í ó ú ñ Ñ). */
    private static final int CP437_LETTERS_END = 0xA5;

    private final Path file;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** UTF-8 never has more chars than bytes. */
    private CharBuffer chars = CharBuffer.allocate(256);
    private Encoding encoding = Encoding.ASCII;
    private long decidedAt;

    /** When set, text that would decide the encoding is not decoded: see {@link #frozenCopy}. */
    private boolean frozen;

    SieText(Path file) {
        this.file = file;
    }

    /**
     * A decoder that decodes as one with {@code decision} does but does not decide the encoding:
     * text with non-ASCII bytes while it is undecided throws {@link Speculation}. For reading a later
     * part of the file ahead, whose decision must be taken in file order.
     */
    static SieText frozen(Path file, Decision decision) {
        SieText copy = new SieText(file);
        copy.encoding = decision.encoding();
        copy.decidedAt = decision.line();
        copy.frozen = true;
        return copy;
    }

    /** The encoding as decided so far, and the line that decided it. */
    record Decision(Encoding encoding, long line) {
    }

    Decision decision() {
        return new Decision(encoding, decidedAt);
    }

    /** A UTF-8 byte-order mark decides the encoding before any text. */
    void byteOrderMark(long line) {
        encoding = Encoding.UTF8;
        decidedAt = line;
    }

    /** The file's encoding as far as its text has shown it (US-ASCII while all text was ASCII). */
    Charset charset() {
        return encoding.charset;
    }

    /** The text of {@code bytes[start, end)}, found at {@code line} in {@code field}. */
    String decode(byte[] bytes, int start, int end, long line, String field) {
        int i = start;
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        if (i == end) {
            // ASCII: the Latin-1 constructor copies the bytes straight into a compact string.
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
        String utf8Text = tryUtf8(bytes, start, end);
        Encoding kind = utf8Text != null ? Encoding.UTF8 : hasCp437Letter(bytes, i, end) ? Encoding.CP437
                : Encoding.LATIN1;
        if (encoding == Encoding.ASCII) {
            if (frozen) {
                throw Speculation.ABANDONED;
            }
            encoding = kind;
            decidedAt = line;
        }
        boolean agrees = kind == encoding || encoding == Encoding.CP437 && kind == Encoding.LATIN1;
        if (!agrees) {
            throw new InputFileException(file, line, field, "this text looks like " + name(kind)
                    + ", but the file's text from line " + decidedAt + " on is " + name(encoding)
                    + ": expected one encoding throughout the file (CP437, Latin-1 or UTF-8)");
        }
        return kind == Encoding.UTF8 ? utf8Text : new String(bytes, start, end - start, kind.charset);
    }

    /** The text if the bytes are valid UTF-8, else null; without an exception, since that would be slow. */
    private String tryUtf8(byte[] bytes, int start, int end) {
        int length = end - start;
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(length, 2 * chars.capacity()));
        }
        chars.clear();
        utf8.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length);
        if (utf8.decode(in, chars, true).isError() || utf8.flush(chars).isError()) {
            return null;
        }
        return chars.flip().toString();
    }

    private static boolean hasCp437Letter(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80 && b <= CP437_LETTERS_END) {
                return true;
            }
        }
        return false;
    }

    private static String name(Encoding e) {
        return switch (e) {
            case UTF8 -> "UTF-8";
            case CP437 -> "CP437 (PC8)";
            case LATIN1 -> "Latin-1";
            case ASCII -> "ASCII";
        };
    }
}
