package se.balans.engine.balancerequirement;

import java.math.BigDecimal;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * The ceiling on reservations to the resultatutjämningsreserv (RUR), from 2024 the resultatreserv
 * (KL 11 kap. 14 §):
 * <pre>
 *   max reservation = max(0, min(årets resultat, resultat efter balanskravsjusteringar) − p · B)
 * </pre>
 * with B = skatteintäkter + generella statsbidrag och utjämning and p = 1 %, or 2 % when eget
 * kapital inklusive ansvarsförbindelsen is negative. From 2024 the reserve as a whole may not exceed
 * 5 % of B.
 *
 * @param rate p as a fraction
 * @param threshold p · B, the part of the result that must stay in the year
 * @param maxAllocation the largest reservation allowed this year
 * @param balanceCap the reserve's cap (5 % of B) from 2024, empty before
 */
public record ResultReserveCeiling(int year, BigDecimal rate, Money threshold, Money maxAllocation,
                                   Optional<Money> balanceCap) {

    /** The first year of the resultatreserv and its 5 % cap. */
    public static final int RESULT_RESERVE_FROM = 2024;
    static final BigDecimal NORMAL_RATE = new BigDecimal("0.01");
    static final BigDecimal NEGATIVE_EQUITY_RATE = new BigDecimal("0.02");
    static final BigDecimal BALANCE_CAP_RATE = new BigDecimal("0.05");

    /** The ceiling for a year, if the input gives the base figures. */
    public static Optional<ResultReserveCeiling> of(BalanceRequirementInput in) {
        if (in.taxesAndGrants().isEmpty()) {
            return Optional.empty();
        }
        Money base = in.taxesAndGrants().get();
        BigDecimal rate = in.equityInclPensionCommitments().orElseThrow().isNegative() ? NEGATIVE_EQUITY_RATE
                : NORMAL_RATE;
        Money threshold = base.times(rate);
        Money lower = in.result().min(in.resultAfterAdjustments());
        Money max = lower.minus(threshold).max(Money.ZERO);
        Optional<Money> cap = in.year() >= RESULT_RESERVE_FROM ? Optional.of(base.times(BALANCE_CAP_RATE))
                : Optional.empty();
        return Optional.of(new ResultReserveCeiling(in.year(), rate, threshold, max, cap));
    }

    /**
     * Checks a year's reservation against the ceiling and, from 2024, the reserve balance against
     * the 5 % cap.
     *
     * @param balanceBefore the reserve's balance before this year's reservation and use
     * @throws InvalidInputException naming {@code reserve_allocation} when a limit is exceeded
     */
    public void check(BalanceRequirementInput in, Money balanceBefore) {
        Money reserved = in.amount(BalanceRequirementLine.RESERVE_ALLOCATION).negated();
        if (reserved.compareTo(maxAllocation) > 0) {
            throw new InvalidInputException("reserve_allocation", year, year + ": reservation to the result reserve "
                    + reserved.toMnkr().toPlainString() + " exceeds the ceiling " + maxAllocation.toMnkr().toPlainString()
                    + " = max(0, min(result " + in.result().toMnkr().toPlainString() + ", result after adjustments "
                    + in.resultAfterAdjustments().toMnkr().toPlainString() + ") − " + Percent.of(rate) + " × "
                    + in.taxesAndGrants().orElseThrow().toMnkr().toPlainString() + ")");
        }
        if (balanceCap.isPresent() && reserved.isPositive()) {
            Money after = balanceBefore.plus(reserved);
            if (after.compareTo(balanceCap.get()) > 0) {
                throw new InvalidInputException("reserve_allocation", year, year + ": the result reserve would be "
                        + after.toMnkr().toPlainString() + ", above its cap of 5 % of taxes and grants = "
                        + balanceCap.get().toMnkr().toPlainString());
            }
        }
    }

    /** Formats a rate for messages only. */
    private static final class Percent {
        static String of(BigDecimal fraction) {
            return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        }
    }
}
