package se.balans.io.sie;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

import se.balans.io.InputFileException;

/**
 * One SIE record split into its label and fields, on the line's own bytes and without copying.
 *
 * <p>Fields are separated by spaces or tabs; a field may be quoted ({@code "a b"}, with {@code \"}
 * for a quote inside); an object list is a field in braces holding further fields
 * ({@code {1 "100" 6 P1}}). A quoted field is unescaped in place, so that its bytes are the field's
 * value both for decoding and for the checksum. Control characters other than tab are refused:
 * they mean a binary file, UTF-16 or a damaged one, never SIE text.
 *
 * <p>Leniently parsed (for records that do not change the ledger, see {@link #parse}), a quote that
 * SIE says must be written {@code \"} may stand alone: {@code #KONTO 2440 "Skulder "gamla""}.
 * Such a quote is part of the value unless it can close the field: followed by a separator or the
 * end of the line, with an even number of unescaped quotes left on the line (so that the rest still
 * pairs up). A quoted field the line ends inside ends with the line. {@link #hadStrayQuotes} tells.
 */
final class SieLine {
    static final byte PLAIN = 0;
    static final byte QUOTED = 1;
    static final byte OPEN = 2;
    static final byte CLOSE = 3;

    private final Path file;
    private byte[] bytes;
    private long line;
    private int tokens;
    private byte[] kind = new byte[16];
    private int[] start = new int[16];
    private int[] end = new int[16];
    private int fields;
    private int[] field = new int[16];
    private boolean escaped;
    private boolean lenient;
    private boolean strayQuotes;
    private int quotesLeft;
    /** The field being read: after a parse that failed, the fields before it were read whole. */
    private int reading;

    SieLine(Path file) {
        this.file = file;
    }

    /** Splits {@code bytes[from, to)}, which starts with the label's {@code #}, strictly. */
    void parse(byte[] bytes, int from, int to, long line) {
        parse(bytes, from, to, line, false);
    }

    /**
     * Splits {@code bytes[from, to)}, which starts with the label's {@code #}; {@code lenient}
     * tolerates stray quotes (see the class comment).
     */
    void parse(byte[] bytes, int from, int to, long line, boolean lenient) {
        this.bytes = bytes;
        this.line = line;
        this.lenient = lenient;
        tokens = 0;
        fields = 0;
        escaped = false;
        strayQuotes = false;
        quotesLeft = lenient ? unescapedQuotes(bytes, from, to) : 0;
        int openList = -1;
        int i = from;
        while (i < to) {
            byte c = bytes[i];
            if (openList < 0) {
                reading = fields;
            }
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '"') {
                i = quoted(i + 1, to, openList < 0);
            } else if (c == '{') {
                if (openList >= 0) {
                    throw error("'{' inside an object list: expected {dimension object …}");
                }
                openList = tokens;
                add(OPEN, i, i + 1, true);
                i++;
            } else if (c == '}') {
                if (openList < 0) {
                    throw error("'}' without its '{'");
                }
                end[openList] = tokens; // an OPEN token's end is the index of its CLOSE token
                openList = -1;
                add(CLOSE, i, i + 1, false);
                i++;
            } else {
                i = plain(i, to, openList < 0);
            }
        }
        if (openList >= 0) {
            throw error("object list not closed: expected '}'");
        }
    }

    private int plain(int from, int to, boolean topLevel) {
        int i = from;
        while (i < to) {
            byte c = bytes[i];
            if (c == ' ' || c == '\t' || c == '{' || c == '}') {
                break;
            }
            if (c == '"') {
                if (!lenient) {
                    throw error("a quote inside an unquoted field: expected a space before it");
                }
                strayQuotes = true;
                quotesLeft--;
            }
            checkControl(c);
            i++;
        }
        add(PLAIN, from, i, topLevel);
        return i;
    }

    private int quoted(int from, int to, boolean topLevel) {
        quotesLeft--;
        int w = from;
        int i = from;
        while (true) {
            if (i >= to) {
                if (!lenient) {
                    throw error("quoted field not closed: expected a closing '\"'");
                }
                strayQuotes = true;
                add(QUOTED, from, w, topLevel);
                return i;
            }
            byte c = bytes[i];
            if (c == '"') {
                if (!lenient) {
                    break;
                }
                quotesLeft--;
                if (closes(i + 1, to)) {
                    break;
                }
                strayQuotes = true;
            }
            if (c == '\\' && i + 1 < to && bytes[i + 1] == '"') {
                c = '"';
                escaped = true;
                i++;
            } else {
                checkControl(c);
            }
            bytes[w++] = c;
            i++;
        }
        add(QUOTED, from, w, topLevel);
        i++;
        if (i < to && bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '}' && bytes[i] != '{') {
            throw error("expected a space after the closing '\"'");
        }
        return i;
    }

    /** Leniently: whether a quote before {@code bytes[next]} closes its field (see the class comment). */
    private boolean closes(int next, int to) {
        if (next < to && bytes[next] != ' ' && bytes[next] != '\t' && bytes[next] != '{' && bytes[next] != '}') {
            return false;
        }
        return quotesLeft % 2 == 0;
    }

    private static int unescapedQuotes(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == '\\' && i + 1 < to && b[i + 1] == '"') {
                i++;
            } else if (b[i] == '"') {
                n++;
            }
        }
        return n;
    }

    private void checkControl(byte c) {
        if (c == '\r') {
            throw error("a carriage return inside a line: expected lines ending in LF or CR LF");
        }
        if (c >= 0 && c < 0x20 && c != '\t') {
            throw error(String.format("control character 0x%02X: not SIE text (a binary file, UTF-16, or a damaged "
                    + "file?)", c));
        }
    }

    private void add(byte k, int s, int e, boolean topLevel) {
        if (tokens == kind.length) {
            kind = Arrays.copyOf(kind, tokens * 2);
            start = Arrays.copyOf(start, tokens * 2);
            end = Arrays.copyOf(end, tokens * 2);
        }
        kind[tokens] = k;
        start[tokens] = s;
        end[tokens] = e;
        if (topLevel && tokens > 0) {
            if (fields == field.length) {
                field = Arrays.copyOf(field, fields * 2);
            }
            field[fields++] = tokens;
        }
        tokens++;
    }

    private InputFileException error(String message) {
        return new InputFileException(file, line, null, message);
    }

    byte[] bytes() {
        return bytes;
    }

    long line() {
        return line;
    }

    SieLabel label() {
        return SieLabel.of(bytes, start[0], end[0]);
    }

    /** After a parse that failed: how many fields it had read whole before the one it failed in. */
    int wholeFields() {
        return reading;
    }

    /** Whether a lenient parse met quotes SIE would have escaped, or a quoted field left open. */
    boolean hadStrayQuotes() {
        return strayQuotes;
    }

    /** The fields after the label (an object list counts as one). */
    int fields() {
        return fields;
    }

    /** Whether field {@code f} was written in quotes. */
    boolean isQuoted(int f) {
        return f < fields && kind[field[f]] == QUOTED;
    }

    boolean isList(int f) {
        return f < fields && kind[field[f]] == OPEN;
    }

    /** Start of scalar field {@code f}. */
    int start(int f) {
        return start[field[f]];
    }

    /** End of scalar field {@code f}. */
    int end(int f) {
        return end[field[f]];
    }

    /** Token index of the first item of list field {@code f}. */
    int firstItem(int f) {
        return field[f] + 1;
    }

    /** Token index just after the last item of list field {@code f}. */
    int itemsEnd(int f) {
        return end[field[f]];
    }

    int tokenStart(int t) {
        return start[t];
    }

    int tokenEnd(int t) {
        return end[t];
    }

    /**
     * Whether a quoted field had a {@code \"} unescaped in place: the line's raw bytes then no
     * longer stand for its fields one to one.
     */
    boolean hadEscapes() {
        return escaped;
    }

    /** The bytes of the list field {@code f} from its '{' to its '}', for caching what it means. */
    int listFrom(int f) {
        return start[field[f]];
    }

    int listTo(int f) {
        return end[end[field[f]]];
    }

    /**
     * Adds the record to a {@code #KSUMMA} checksum: the label followed directly by every field's
     * value (the values inside object lists included), without separators, quotes or braces.
     */
    void addTo(CRC32 crc) {
        for (int t = 0; t < tokens; t++) {
            if (kind[t] == PLAIN || kind[t] == QUOTED) {
                crc.update(bytes, start[t], end[t] - start[t]);
            }
        }
    }

    /** The values of fields {@code [from, to)} as one byte string, to compare records. */
    byte[] values(int from, int to) {
        int first = field[from];
        int last = to < fields ? field[to] : tokens;
        int n = 0;
        for (int t = first; t < last; t++) {
            n += kind[t] <= QUOTED ? end[t] - start[t] + 1 : 1;
        }
        byte[] out = new byte[n];
        int w = 0;
        for (int t = first; t < last; t++) {
            if (kind[t] <= QUOTED) {
                System.arraycopy(bytes, start[t], out, w, end[t] - start[t]);
                w += end[t] - start[t];
            }
            out[w++] = (byte) (kind[t] == OPEN ? '{' : kind[t] == CLOSE ? '}' : 0);
        }
        return out;
    }
}
