package se.balans.engine.balancesheet;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.ledger.RangeMap;
import se.balans.engine.statement.BalanceSheetLine;

/**
 * How the ledger's balance-sheet accounts map onto the balance sheet (the LKBR lines of
 * {@link BalanceSheetLine}), by account range as the result mapping does: configuration, never code.
 *
 * <p>A range may instead be said to count towards the year's result ({@link Target#result()}) — the
 * closing-entry accounts (årets resultat, e.g. 89 in Region-Bas) that the result mapping leaves out
 * but which are not balance-sheet accounts either. Two memo lines pick accounts out of the lines they
 * are part of: likvida medel ({@link Memo#CASH}) and the interest-bearing debt
 * ({@link Memo#INTEREST_BEARING_DEBT}), which the loan register is reconciled with.
 *
 * @param accounts account ranges → a balance-sheet line, or the year's result
 * @param memos    account ranges → a memo line; every memo account must also be on a line
 */
public record BalanceSheetMapping(RangeMap<Target> accounts, RangeMap<Memo> memos) {

    /** The lines accounts map to: the input lines of the sheet, without the year's result and the memos. */
    public static final Set<BalanceSheetLine> ACCOUNT_LINES = EnumSet.of(BalanceSheetLine.FIXED_ASSETS,
            BalanceSheetLine.CURRENT_ASSETS, BalanceSheetLine.OPENING_EQUITY, BalanceSheetLine.PENSION_PROVISIONS,
            BalanceSheetLine.OTHER_PROVISIONS, BalanceSheetLine.LONG_TERM_LIABILITIES,
            BalanceSheetLine.CURRENT_LIABILITIES);

    /** Where an account range goes: a balance-sheet line, or the year's result. */
    public record Target(Optional<BalanceSheetLine> line) {
        public Target {
            Objects.requireNonNull(line, "line");
            line.ifPresent(l -> {
                if (!ACCOUNT_LINES.contains(l)) {
                    throw new IllegalArgumentException(l.code() + " is not a line accounts map to; use one of "
                            + ACCOUNT_LINES.stream().map(BalanceSheetLine::code).toList() + " or result");
                }
            });
        }

        public static Target of(BalanceSheetLine line) {
            return new Target(Optional.of(line));
        }

        /** The range counts towards the year's result, not the balance sheet. */
        public static Target result() {
            return new Target(Optional.empty());
        }
    }

    /** The memo lines picked out of the sheet's lines. */
    public enum Memo {
        /** Likvida medel: kassa och bank. */
        CASH("cash"),
        /** Räntebärande låneskuld (exklusive pensionsskuld). */
        INTEREST_BEARING_DEBT("interest_bearing_debt");

        private final String code;

        Memo(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Memo> ofCode(String code) {
            for (Memo m : values()) {
                if (m.code.equals(code)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    public BalanceSheetMapping {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(memos, "memos");
    }

    /** The sign that shows a line's booked balance (debit positive) as the sheet shows it: assets positive, the rest credit. */
    static int sign(BalanceSheetLine line) {
        return line == BalanceSheetLine.FIXED_ASSETS || line == BalanceSheetLine.CURRENT_ASSETS ? 1 : -1;
    }
}
