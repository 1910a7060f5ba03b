package se.balans.reports.table;

import java.math.BigDecimal;

import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;

/**
 * A figure's change against its base (the same period last year) as table cells: the change in mnkr,
 * always, and the change as a percentage only where a percentage says something, each coloured by what
 * the change means for this kind of figure.
 *
 * <p>The rule for the percentage: none when the base is near zero ({@code |base| < 0,5 mnkr},
 * {@link #NEAR_ZERO_MNKR}: 0,3 mnkr against 0,1 reads +200 % and tells nothing), and none unless the base
 * has the figure's usual sign and the new value has it too or is zero (a cost gone entirely is −100 %):
 * none for a cost turned into a reversal, a result from a deficit to a surplus, or a deficit that shrank
 * or grew. A result improving from −350 to −36 mnkr would
 * otherwise read −89,7 % and a result worsening from −100 to −172 mnkr +72,0 %, each the opposite of what
 * happened. Where no percentage is shown, the change in mnkr (the column beside it) tells it.
 *
 * <p>The colours: more revenue and a better result are good news, a higher cost bad news, whether the
 * cost is shown positive or signed negative as in the result statement.
 */
public final class Change {
    /** Below this base, in mnkr either way, no percentage is shown. */
    public static final BigDecimal NEAR_ZERO_MNKR = new BigDecimal("0.5");

    /** What kind of figure changes, and how it is signed in the table. */
    public enum Nature {
        /** Revenue shown positive (intäkter, skatteintäkter): more is better. */
        REVENUE(1, Cell.Meaning.FAVOURABLE_WHEN_POSITIVE, Cell.Meaning.FAVOURABLE_WHEN_POSITIVE),
        /** A cost shown positive (nettokostnad, kostnadsslag): more is worse. */
        COST(1, Cell.Meaning.UNFAVOURABLE_WHEN_POSITIVE, Cell.Meaning.UNFAVOURABLE_WHEN_POSITIVE),
        /**
         * A cost signed negative as in the result statement: the percentage is the cost's own growth (−110
         * against −100 is +10 %, worse), the change in mnkr is as printed (−10, also worse).
         */
        SIGNED_COST(-1, Cell.Meaning.UNFAVOURABLE_WHEN_POSITIVE, Cell.Meaning.FAVOURABLE_WHEN_POSITIVE),
        /** A result: a surplus is its usual sign, more is better. */
        RESULT(1, Cell.Meaning.FAVOURABLE_WHEN_POSITIVE, Cell.Meaning.FAVOURABLE_WHEN_POSITIVE);

        private final int usualSign;
        private final Cell.Meaning percentMeaning;
        private final Cell.Meaning amountMeaning;

        Nature(int usualSign, Cell.Meaning percentMeaning, Cell.Meaning amountMeaning) {
            this.usualSign = usualSign;
            this.percentMeaning = percentMeaning;
            this.amountMeaning = amountMeaning;
        }
    }

    private Change() {
    }

    /** The change {@code now − base} in mnkr, coloured by its meaning. */
    public static Cell amount(Money now, Money base, Nature nature) {
        return new Cell.Deviation(now.minus(base), nature.amountMeaning);
    }

    /** The change as a percentage, coloured by its meaning; empty where the rule above shows none. */
    public static Cell percent(Money now, Money base, Nature nature) {
        if (!hasPercent(now, base, nature)) {
            return Cell.EMPTY;
        }
        return Ratios.growth(now, base).map(g -> Cell.change(g, nature.percentMeaning)).orElse(Cell.EMPTY);
    }

    /** Whether a percentage change is shown for these figures (see the rule above). */
    public static boolean hasPercent(Money now, Money base, Nature nature) {
        return base.toMnkr().abs().compareTo(NEAR_ZERO_MNKR) >= 0 && base.signum() == nature.usualSign
                && now.signum() != -nature.usualSign;
    }
}
