package se.balans.engine.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation a workspace, a store and a ledger belong to: its name and its Swedish organisation
 * number (organisationsnummer). Balans never mixes two organisations' figures, and this is the one
 * type that says which organisation a figure is of.
 *
 * <p>The number is the primary key: names are written differently by different systems ("Region
 * Västerbotten", "REGION VÄSTERBOTTEN"), numbers are not. It is kept in the form {@code NNNNNN-NNNN}
 * and checked as Skatteverket issues it: ten digits whose last is the Luhn check digit of the first
 * nine (SKV 709). A region's number starts with 2 (kommuner och regioner: 212000-… or 232100-…).
 *
 * @param name   the organisation's name as its documents give it, e.g. {@code Region Västerbotten}
 * @param number the organisation number, {@code NNNNNN-NNNN}
 */
public record Organisation(String name, String number) {
    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an organisation needs a name");
        }
        if (!number.equals(normaliseNumber(number))) {
            throw new IllegalArgumentException("organisation number not in the form NNNNNN-NNNN: " + number);
        }
    }

    /**
     * An organisation from a name and a number as a user or a file writes it ({@code 2321000222},
     * {@code 232100-0222}, {@code 16232100-0222} with the century prefix some systems add).
     *
     * @throws IllegalArgumentException naming what is wrong with the number
     */
    public static Organisation of(String name, String number) {
        return new Organisation(name.strip(), normaliseNumber(number));
    }

    /**
     * A number in the form {@code NNNNNN-NNNN}, checked.
     *
     * @throws IllegalArgumentException when it is not ten digits (twelve with the prefix 16) or its
     *                                  check digit is wrong
     */
    public static String normaliseNumber(String number) {
        Objects.requireNonNull(number, "number");
        String digits = number.strip().replace("-", "").replace(" ", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        if (!digits.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("an organisation number has ten digits (NNNNNN-NNNN), got '"
                    + number.strip() + "'");
        }
        int expected = checkDigit(digits.substring(0, 9));
        if (digits.charAt(9) - '0' != expected) {
            throw new IllegalArgumentException("organisation number " + number.strip() + " has a wrong check digit "
                    + "(the last digit should be " + expected + "): a typing error?");
        }
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** The number in the form a file gives it, if it is a valid number at all. */
    public static Optional<String> parseNumber(String number) {
        try {
            return Optional.of(normaliseNumber(number));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The Luhn check digit of nine digits, weights 2, 1, 2, … from the left. */
    private static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether a number as a file writes it is this organisation's. */
    public boolean hasNumber(String other) {
        return parseNumber(other).map(number::equals).orElse(false);
    }

    /**
     * Whether a name as another system writes it is this organisation's name: letter case, accents'
     * composition and spacing aside, the same words.
     */
    public boolean hasName(String other) {
        return comparable(name).equals(comparable(other));
    }

    private static String comparable(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** {@code Region Västerbotten (232100-0222)}. */
    @Override
    public String toString() {
        return name + " (" + number + ")";
    }
}
