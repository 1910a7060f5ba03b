package se.balans.engine.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * An exact amount of Swedish kronor (belopp i kronor).
 *
 * <p>Every amount is kept in SEK with exactly two decimals (öre), so that sums are exact and
 * two amounts that are equal compare equal whatever their input scale. Reports show amounts in
 * mnkr (miljoner kronor); that conversion is {@link #toMnkr()} and rounding happens only when
 * presenting. The only operation here that can round is {@link #times(BigDecimal)}, which rounds
 * half-even to the öre because a fraction of an öre cannot be paid or booked.
 */
public record Money(BigDecimal sek) implements Comparable<Money> {

    /** SEK per mnkr. */
    private static final int MNKR_EXPONENT = 6;
    private static final int SCALE = 2;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(sek, "sek");
        // Stripping zeros divides; an amount already at most at öre scale (nearly all) needs no such check.
        if (sek.scale() > SCALE && sek.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("Amount " + sek.toPlainString()
                    + " SEK has more than two decimals (finer than one öre)");
        }
        sek = sek.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** An amount given in kronor; at most two decimals. */
    public static Money ofSek(BigDecimal sek) {
        return new Money(sek);
    }

    public static Money ofSek(long sek) {
        return new Money(BigDecimal.valueOf(sek));
    }

    /** An amount given in miljoner kronor, as plans and board papers state them; at most 8 decimals. */
    public static Money ofMnkr(BigDecimal mnkr) {
        Objects.requireNonNull(mnkr, "mnkr");
        return new Money(mnkr.movePointRight(MNKR_EXPONENT));
    }

    public static Money ofMnkr(String mnkr) {
        return ofMnkr(new BigDecimal(mnkr));
    }

    /** Exact amount in mnkr, without trailing zeros (1 234.5 mnkr, not 1 234.50000000). */
    public BigDecimal toMnkr() {
        BigDecimal m = sek.movePointLeft(MNKR_EXPONENT).stripTrailingZeros();
        return m.scale() < 0 ? m.setScale(0) : m;
    }

    public Money plus(Money other) {
        return new Money(sek.add(other.sek));
    }

    public Money minus(Money other) {
        return new Money(sek.subtract(other.sek));
    }

    public Money negated() {
        return new Money(sek.negate());
    }

    public Money abs() {
        return new Money(sek.abs());
    }

    /** This amount times a factor (an index, a share), rounded half-even to the öre. */
    public Money times(BigDecimal factor) {
        return new Money(sek.multiply(factor).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** This amount divided by a factor (a cumulative seasonal share), rounded half-even to the öre. */
    public Money dividedBy(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division of an amount by zero");
        }
        return new Money(sek.divide(divisor, Ratios.CONTEXT).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * This amount as a fraction of {@code base}, exact to 16 significant digits.
     *
     * @throws ArithmeticException if the base is zero
     */
    public BigDecimal ratioTo(Money base) {
        if (base.isZero()) {
            throw new ArithmeticException("ratio to a zero amount");
        }
        return sek.divide(base.sek, Ratios.CONTEXT);
    }

    public int signum() {
        return sek.signum();
    }

    public boolean isZero() {
        return sek.signum() == 0;
    }

    public boolean isNegative() {
        return sek.signum() < 0;
    }

    public boolean isPositive() {
        return sek.signum() > 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money o) {
        return sek.compareTo(o.sek);
    }

    public static Money sum(Collection<Money> amounts) {
        Money total = ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    public static <T> Money sum(Collection<T> items, Function<T, Money> amount) {
        Money total = ZERO;
        for (T item : items) {
            total = total.plus(amount.apply(item));
        }
        return total;
    }

    @Override
    public String toString() {
        return sek.toPlainString() + " SEK";
    }
}
