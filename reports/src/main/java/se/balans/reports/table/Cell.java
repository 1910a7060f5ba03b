package se.balans.reports.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * A table cell holding a typed value; renderers decide how it looks (Swedish digits in a
 * terminal, a number format in Excel), so a figure is never turned into text before it must be.
 */
public sealed interface Cell {

    /**
     * Whether the figure is good news, bad news or neither, for the renderers that colour it: a
     * {@link Deviation} and a {@link Percent} with a meaning say so; every other cell is neutral, and a
     * plain amount is never coloured by its sign (a cost is not bad news for being negative).
     */
    default Favourability favourability() {
        return Favourability.NEUTRAL;
    }

    /** Text, e.g. a name or a verdict. Never interpreted as a formula by any renderer. */
    record Text(String value) implements Cell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An amount shown in mnkr. */
    record Amount(Money value) implements Cell {
        public Amount {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A deviation in mnkr, shown like an {@link Amount} but coloured by what it means rather than by its
     * sign: a surplus against a frame is good news though positive, a cost above budget bad news though
     * also positive. Machine output reads it as the amount it is.
     *
     * @param meaning whether a positive value is favourable or unfavourable
     */
    record Deviation(Money value, Meaning meaning) implements Cell {
        /** The decimals of mnkr it is shown with, as an amount: whether it shows as 0,0 depends on them. */
        public static final int DECIMALS = 1;

        public Deviation {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(meaning, "meaning");
        }

        /**
         * Favourable or unfavourable by the sign and the meaning; neutral when it shows as 0,0 mnkr (zero,
         * or less than 0,05 mnkr either way): a colour on a figure that reads 0,0 would say what the figure
         * does not.
         */
        @Override
        public Favourability favourability() {
            return Favourability.of(value.toMnkr().setScale(DECIMALS, RoundingMode.HALF_UP).signum(), meaning);
        }
    }

    /** What a positive deviation means. */
    enum Meaning {
        /** A surplus against a frame, revenue above budget, a better result. */
        FAVOURABLE_WHEN_POSITIVE,
        /** A cost above budget, more debt. */
        UNFAVOURABLE_WHEN_POSITIVE
    }

    /** Whether a deviation is good news, bad news, or shows as nothing. */
    enum Favourability {
        FAVOURABLE, UNFAVOURABLE, NEUTRAL;

        /** By the sign of the figure as shown (0 when it shows as zero) and what a positive figure means. */
        static Favourability of(int shownSign, Meaning meaning) {
            if (shownSign == 0) {
                return NEUTRAL;
            }
            boolean positiveIsGood = meaning == Meaning.FAVOURABLE_WHEN_POSITIVE;
            return shownSign > 0 == positiveIsGood ? FAVOURABLE : UNFAVOURABLE;
        }
    }

    /**
     * A fraction shown as a percentage with the given decimals; a change (growth against last year) may
     * carry what a positive change means, and is then coloured like a {@link Deviation}: a cost that grew is
     * red, revenue that grew green.
     *
     * @param meaning what a positive value means, when the percentage is a change that is good or bad news
     */
    record Percent(BigDecimal fraction, int decimals, Optional<Meaning> meaning) implements Cell {
        public Percent {
            Objects.requireNonNull(fraction, "fraction");
            Objects.requireNonNull(meaning, "meaning");
        }

        /** A percentage that is neither good nor bad news (a share, a rate). */
        public Percent(BigDecimal fraction, int decimals) {
            this(fraction, decimals, Optional.empty());
        }

        /** Neutral without a meaning, or when it shows as 0,0 %. */
        @Override
        public Favourability favourability() {
            return meaning.map(m -> Favourability.of(
                    fraction.setScale(Math.max(0, decimals) + 2, RoundingMode.HALF_UP).signum(), m))
                    .orElse(Favourability.NEUTRAL);
        }
    }

    /** A plain number (years, counts) shown with the given decimals. */
    record Number(BigDecimal value, int decimals) implements Cell {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Nothing to show. */
    record Empty() implements Cell {
    }

    Cell EMPTY = new Empty();

    static Cell text(String s) {
        return new Text(s);
    }

    static Cell amount(Money m) {
        return new Amount(m);
    }

    /** A deviation that is good news when positive: a surplus against a frame, a better result. */
    static Cell favourableWhenPositive(Money m) {
        return new Deviation(m, Meaning.FAVOURABLE_WHEN_POSITIVE);
    }

    /** A deviation that is bad news when positive: a cost above budget, more debt. */
    static Cell unfavourableWhenPositive(Money m) {
        return new Deviation(m, Meaning.UNFAVOURABLE_WHEN_POSITIVE);
    }

    static Cell percent(BigDecimal fraction) {
        return new Percent(fraction, 1);
    }

    /** A change as a percentage with one decimal, coloured by what a positive change means. */
    static Cell change(BigDecimal fraction, Meaning meaning) {
        return new Percent(fraction, 1, Optional.of(meaning));
    }

    /** A whole number: a year, an id, a count. */
    static Cell integer(long n) {
        return new Number(BigDecimal.valueOf(n), 0);
    }
}
