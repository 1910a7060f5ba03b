package se.balans.io.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import se.balans.io.csv.CsvTable;

/**
 * Reads a booked amount in SEK: an optional sign, digits, and at most two decimals after a
 * {@code '.'} (further decimals only if they are zeros, since they change nothing).
 *
 * <p>Why by hand rather than {@code new BigDecimal(String)}: this runs once per transaction row,
 * millions of times per import, straight on the file's bytes and without a string; and it must
 * refuse exponents, spaces and fractions of an öre, which {@code BigDecimal} accepts. (A CSV field written in a
 * Swedish locale may group its digits by spaces: {@link #parseOre(String, char)}.)
 */
public final class LedgerAmounts {
    /** Sixteen integer digits (ten thousand billion SEK) keep the öre in a {@code long}. */
    private static final int MAX_INTEGER_DIGITS = 16;

    private LedgerAmounts() {
    }

    /**
     * The amount in {@code bytes[start, end)} with scale 2.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static BigDecimal parse(byte[] bytes, int start, int end) {
        return BigDecimal.valueOf(parseOre(bytes, start, end), 2);
    }

    /**
     * The amount in {@code bytes[start, end)} in whole öre (SEK × 100): the same rule as {@link #parse}, for the
     * readers that keep rows in öre ({@link LedgerRow}).
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static long parseOre(byte[] bytes, int start, int end) {
        return parseOre(bytes, start, end, null, '.');
    }

    /**
     * As {@link #parseOre(byte[], int, int)}; a refusal quotes {@code asWritten} (null: the bytes) and gives its
     * example with {@code decimalMark}.
     */
    private static long parseOre(byte[] bytes, int start, int end, String asWritten, char decimalMark) {
        int i = start;
        boolean negative = false;
        if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long ore = 0;
        int integerDigits = 0;
        while (i < end && isDigit(bytes[i])) {
            if (++integerDigits > MAX_INTEGER_DIGITS) {
                throw new IllegalArgumentException("amount " + shown(bytes, start, end, asWritten)
                        + " is too large (more than " + MAX_INTEGER_DIGITS + " digits before the decimal point)");
            }
            ore = ore * 10 + (bytes[i++] - '0');
        }
        int decimals = 0;
        boolean point = i < end && bytes[i] == '.';
        if (point) {
            i++;
            while (i < end && isDigit(bytes[i])) {
                int digit = bytes[i++] - '0';
                if (decimals < 2) {
                    ore = ore * 10 + digit;
                } else if (digit != 0) {
                    throw new IllegalArgumentException("amount " + shown(bytes, start, end, asWritten)
                            + " has more than two decimals (finer than one öre)");
                }
                decimals++;
            }
        }
        if (i != end || integerDigits == 0 || point && decimals == 0) {
            throw new IllegalArgumentException("expected an amount in SEK such as -1234" + decimalMark + "50 ('"
                    + decimalMark + "' as decimal point" + (decimalMark == ',' ? ", digits grouped by spaces or not" : "")
                    + "), got \"" + shown(bytes, start, end, asWritten) + "\"");
        }
        for (int d = Math.min(decimals, 2); d < 2; d++) {
            ore *= 10;
        }
        return negative ? -ore : ore;
    }

    /** The amount in a text field with {@code '.'} as its decimal point, read by the same rule. */
    public static BigDecimal parse(String text) {
        return BigDecimal.valueOf(parseOre(text, '.'), 2);
    }

    /**
     * The amount in a CSV field whose decimal point is {@code decimalMark}: {@code '.'}, or {@code ','} as Excel
     * writes numbers in a Swedish locale, where digits may be grouped by spaces ({@link CsvTable#plainNumber}). A
     * refusal quotes the field as written.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static long parseOre(String text, char decimalMark) {
        if (decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("decimal mark must be '.' or ',', got '" + decimalMark + "'");
        }
        byte[] b = CsvTable.plainNumber(text, decimalMark == ',').getBytes(StandardCharsets.UTF_8);
        return parseOre(b, 0, b.length, text, decimalMark);
    }

    private static String shown(byte[] bytes, int start, int end, String asWritten) {
        return asWritten != null ? asWritten : text(bytes, start, end);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static String text(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
}
