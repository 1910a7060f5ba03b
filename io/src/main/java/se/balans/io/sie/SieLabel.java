package se.balans.io.sie;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The SIE record labels this reader acts on; every other label is {@link #OTHER} and skipped. */
enum SieLabel {
    FLAGGA, KSUMMA, FORMAT, SIETYP, PROGRAM, GEN, FNAMN, ORGNR, RAR,
    KONTO, KTYP, DIM, UNDERDIM, OBJEKT,
    IB, UB, OIB, OUB, RES, PSALDO, PBUDGET,
    VER, TRANS, RTRANS, BTRANS,
    OTHER;

    private static final SieLabel[] KNOWN = Arrays.copyOf(values(), values().length - 1);

    private final byte[] text = ("#" + name()).getBytes(StandardCharsets.US_ASCII);

    /** The label as the file writes it, e.g. {@code #TRANS}. */
    String text() {
        return "#" + name();
    }

    /** The label in {@code bytes[start, end)}. */
    static SieLabel of(byte[] bytes, int start, int end) {
        // #TRANS is nearly every line of a ledger; test it first.
        if (TRANS.is(bytes, start, end)) {
            return TRANS;
        }
        for (SieLabel l : KNOWN) {
            if (l.is(bytes, start, end)) {
                return l;
            }
        }
        return OTHER;
    }

    private boolean is(byte[] bytes, int start, int end) {
        return end - start == text.length && Arrays.equals(bytes, start, end, text, 0, text.length);
    }

    /**
     * The records whose stray quotes are tolerated: they do not change the ledger (skipped records,
     * the organisation number, account names and types, budgets).
     */
    boolean isHarmless() {
        return switch (this) {
            case ORGNR, KONTO, KTYP, PBUDGET, OTHER -> true;
            default -> false;
        };
    }

    /** The identification records this reader keeps: they describe the file and come first. */
    boolean isHead() {
        return switch (this) {
            case FLAGGA, FORMAT, SIETYP, PROGRAM, GEN, FNAMN, ORGNR, RAR -> true;
            default -> false;
        };
    }

    /** The records that end the file's head: the account plan, balances and vouchers. */
    boolean endsHead() {
        return !isHead() && this != KSUMMA && this != OTHER;
    }
}
