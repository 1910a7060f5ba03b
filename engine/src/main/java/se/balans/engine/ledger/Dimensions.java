package se.balans.engine.ledger;

import java.util.Comparator;
import java.util.Map;

/**
 * The canonical text of a row's dimensions other than the cost centre: {@code "2=P100;6=X"}.
 *
 * <p>Why one string: the closing groups millions of rows by account, cost centre and dimensions;
 * a string that is equal exactly when the dimensions are equal groups cheaply and is stored as
 * is. Entries are sorted by dimension id ({@link #ID_ORDER}), ids and objects are separated by
 * {@code =} and entries by {@code ;}; a {@code \}, {@code ;} or {@code =} inside an id or object
 * is escaped with a backslash so that different dimensions never give the same text.
 */
public final class Dimensions {

    /** Numeric ids (SIE dimension numbers) in numeric order, before any other id in text order. */
    public static final Comparator<String> ID_ORDER = Dimensions::compareIds;

    private Dimensions() {
    }

    /**
     * The canonical text of these dimensions; the map must iterate in {@link #ID_ORDER} (e.g. a
     * {@code TreeMap} made with it). Entries with an empty object are left out.
     */
    public static String canonical(Map<String, String> objectsById) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : objectsById.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(';');
            }
            escape(sb, e.getKey());
            sb.append('=');
            escape(sb, e.getValue());
        }
        return sb.toString();
    }

    /**
     * The object of dimension {@code id} in a canonical text, or {@code ""} when the text has none: the
     * inverse of {@link #canonical} for one dimension, escapes undone.
     *
     * @throws IllegalArgumentException when the text is not canonical (an entry without {@code =}, or a
     *                                  trailing backslash)
     */
    public static String objectOf(String canonical, String id) {
        if (canonical.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        StringBuilder value = new StringBuilder();
        StringBuilder current = key;
        for (int i = 0; i <= canonical.length(); i++) {
            char c = i < canonical.length() ? canonical.charAt(i) : ';';
            if (c == '\\') {
                if (++i >= canonical.length()) {
                    throw new IllegalArgumentException("not canonical dimensions (a trailing backslash): " + canonical);
                }
                current.append(canonical.charAt(i));
            } else if (c == '=' && current == key) {
                current = value;
            } else if (c == ';') {
                if (current != value) {
                    throw new IllegalArgumentException("not canonical dimensions (an entry without =): " + canonical);
                }
                if (key.toString().equals(id)) {
                    return value.toString();
                }
                key.setLength(0);
                value.setLength(0);
                current = key;
            } else {
                current.append(c);
            }
        }
        return "";
    }

    /** An id or object as the canonical text writes it: {@code \\}, {@code ;} and {@code =} escaped. */
    public static String escaped(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        escape(sb, s);
        return sb.toString();
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == ';' || c == '=') {
                sb.append('\\');
            }
            sb.append(c);
        }
    }

    private static int compareIds(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            int byLength = Integer.compare(stripZeros(a).length(), stripZeros(b).length());
            return byLength != 0 ? byLength : stripZeros(a).compareTo(stripZeros(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
