package se.balans.engine.ledger;

import java.util.Objects;

/**
 * A range of account or cost-centre numbers written the way charts of accounts describe them:
 * by leading digits. {@code 3–3} is kontoklass 3, {@code 78–78} kontogrupp 78, {@code 4–7} classes
 * 4 to 7. A code matches when its first n digits (n = the length of the bounds) lie within the
 * bounds, so a range covers 4- and 5-digit accounts alike.
 *
 * <p>Why prefixes: Region-Bas is organised by class and group, and a mapping written that way
 * survives new accounts being opened within a group.
 */
public record PrefixRange(String from, String to) {
    public PrefixRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isEmpty() || !from.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("range start must be digits, got '" + from + "'");
        }
        if (to.length() != from.length() || !to.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("range end '" + to + "' must be digits of the same length as '"
                    + from + "'");
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("range " + from + "–" + to + " is empty");
        }
    }

    public int length() {
        return from.length();
    }

    public boolean matches(String code) {
        if (code.length() < from.length()) {
            return false;
        }
        String prefix = code.substring(0, from.length());
        for (int i = 0; i < prefix.length(); i++) {
            if (!Character.isDigit(prefix.charAt(i))) {
                return false;
            }
        }
        return prefix.compareTo(from) >= 0 && prefix.compareTo(to) <= 0;
    }

    /** Whether two ranges of the same length share a code. */
    public boolean overlaps(PrefixRange o) {
        return length() == o.length() && from.compareTo(o.to) <= 0 && o.from.compareTo(to) <= 0;
    }

    @Override
    public String toString() {
        return from.equals(to) ? from : from + "–" + to;
    }
}
