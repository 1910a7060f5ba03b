package se.balans.engine.ledger;

import java.util.Objects;

/**
 * A range of account or cost-centre codes written the way charts of accounts describe them: by
 * leading characters. {@code 3–3} is kontoklass 3, {@code 78–78} kontogrupp 78, {@code 4–7} classes
 * 4 to 7, {@code TF–TF} every cost centre starting with TF ({@code TF41}), {@code TF40–TF49} ten of
 * them. A code matches when its first n characters (n = the length of the bounds) lie within the
 * bounds, so a range covers 4- and 5-digit accounts alike.
 *
 * <p>Codes may contain letters (a region's kostnadsställen often do). The bounds have digits and
 * letters in the same places — their <em>shape</em> — and a code matches only if its first n
 * characters have that shape too; within a shape, codes compare character by character by their
 * character code (0–9, then A–Z, then a–z; case-sensitive, as the ledger writes them). So a range of
 * digits covers exactly the codes it covered before letters were allowed: {@code 10–29} never
 * covers {@code 1A}.
 *
 * <p>Why prefixes: Region-Bas is organised by class and group, and a mapping written that way
 * survives new accounts being opened within a group.
 *
 * <p>{@link #all()} (empty bounds) covers every code; it is the least specific range there is.
 */
public record PrefixRange(String from, String to) {
    public PrefixRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!(from.isEmpty() && to.isEmpty())) {
            requireBound("start", from);
            requireBound("end", to);
            if (to.length() != from.length()) {
                throw new IllegalArgumentException("range end '" + to + "' must have the same length as its start '"
                        + from + "'");
            }
            if (!shape(from).equals(shape(to))) {
                throw new IllegalArgumentException("range " + from + "–" + to + " must have digits and letters in the "
                        + "same places at its start and its end");
            }
            if (from.compareTo(to) > 0) {
                throw new IllegalArgumentException("range " + from + "–" + to + " is empty");
            }
        }
    }

    /** Every code: the range for "whatever the code". */
    public static PrefixRange all() {
        return new PrefixRange("", "");
    }

    /**
     * Checks one bound on its own, so that a reader can name the column it came from.
     *
     * @param which "start" or "end", for the message
     * @throws IllegalArgumentException unless the bound is letters and digits
     */
    public static void requireBound(String which, String bound) {
        if (bound.isEmpty()) {
            throw new IllegalArgumentException("range " + which + " is empty");
        }
        for (int i = 0; i < bound.length(); i++) {
            char c = bound.charAt(i);
            if (!Character.isDigit(c) && !Character.isLetter(c)) {
                throw new IllegalArgumentException("range " + which + " must be letters and digits, got '" + bound + "'");
            }
        }
    }

    public int length() {
        return from.length();
    }

    /**
     * Where the bounds have digits ({@code 9}) and letters ({@code A}): {@code "AA99"} for
     * {@code TF40–TF49}, {@code ""} for {@link #all()}.
     */
    public String shape() {
        return shape(from);
    }

    private static String shape(String code) {
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            sb.append(Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'A' : '?');
        }
        return sb.toString();
    }

    public boolean matches(String code) {
        if (code.length() < from.length()) {
            return false;
        }
        for (int i = 0; i < from.length(); i++) {
            char c = code.charAt(i);
            boolean digit = Character.isDigit(from.charAt(i));
            if (digit ? !Character.isDigit(c) : !Character.isLetter(c)) {
                return false;
            }
        }
        String prefix = code.substring(0, from.length());
        return prefix.compareTo(from) >= 0 && prefix.compareTo(to) <= 0;
    }

    /** Whether two ranges share a code: only ranges of the same length and shape can. */
    public boolean overlaps(PrefixRange o) {
        return length() == o.length() && shape().equals(o.shape()) && from.compareTo(o.to) <= 0
                && o.from.compareTo(to) <= 0;
    }

    @Override
    public String toString() {
        return from.isEmpty() ? "(any)" : from.equals(to) ? from : from + "–" + to;
    }
}
