package se.balans.io;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad input in a file: names the file, and where known the line and the field, and says what was
 * expected. Its message is the one line the CLI prints.
 *
 * <p>Messages quote the offending input, so the message is made printable here, once, rather than
 * at every place that quotes: control characters (a line break or a terminal escape inside a
 * quoted CSV field, a NEL from a wrong encoding) and bidirectional overrides are shown as Java
 * escapes (a line break as the six characters backslash, u, 000A), so that the message stays one
 * line and cannot move the terminal's cursor or reorder its text; and a run of more than {@value #MAX_WORD} characters without a space
 * (a 100 000-digit "amount") is shortened, and the message is cut after {@value #MAX_MESSAGE}
 * characters, so that it stays readable.
 */
public class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_WORD = 120;
    private static final int MAX_MESSAGE = 1000;
    /** A column name from a damaged header can be anything; a real one is a word or two. */
    private static final int MAX_FIELD = 100;
    private static final Pattern LONG_WORD = Pattern.compile("\\S{" + (MAX_WORD + 1) + ",}");
    private final transient Path file;
    private final Long line;
    private final String field;
    private final String detail;

    public InputFileException(Path file, Long line, String field, String message) {
        this(file, line, field, message, null);
    }

    public InputFileException(Path file, Long line, String field, String message, Throwable cause) {
        super(format(file, line, field, message), cause);
        this.file = file;
        this.line = line;
        this.field = field;
        this.detail = String.valueOf(message);
    }

    private static String format(Path file, Long line, String field, String message) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : printable(file.toString()));
        if (line != null) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null) {
            // A workbook's place is a sheet and cell ("Prognos!B10"), a SIE file's a record's field ("#VER date"),
            // a CSV file's a column.
            sb.append(field.indexOf('!') > 0 ? "cell " : field.startsWith("#") ? "field " : "column ")
                    .append(shortened(printable(field), MAX_FIELD)).append(": ");
        }
        return sb.append(shortened(printable(String.valueOf(message)), MAX_MESSAGE)).toString();
    }

    /** The text with control characters and bidirectional controls escaped. */
    public static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069';
            if (escape && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escape) {
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Long runs without a space shortened to their start and end; the whole cut after {@code max} characters. */
    private static String shortened(String message, int max) {
        Matcher m = LONG_WORD.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(w.substring(0, 60) + "…(" + w.length() + " characters)…"
                    + w.substring(w.length() - 20)));
        }
        m.appendTail(sb);
        return sb.length() <= max ? sb.toString() : sb.substring(0, max) + "…";
    }

    public Path file() {
        return file;
    }

    public Optional<Long> line() {
        return Optional.ofNullable(line);
    }

    /** What was wrong, as given: the message without the file, line and field before it. */
    public String detail() {
        return detail;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
