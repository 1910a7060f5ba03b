package se.balans.reports.table;

import java.math.BigDecimal;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A table cell holding a typed value; renderers decide how it looks (Swedish digits in a
 * terminal, a number format in Excel), so a figure is never turned into text before it must be.
 */
public sealed interface Cell {

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

    /** A fraction shown as a percentage with the given decimals. */
    record Percent(BigDecimal fraction, int decimals) implements Cell {
        public Percent {
            Objects.requireNonNull(fraction, "fraction");
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

    static Cell percent(BigDecimal fraction) {
        return new Percent(fraction, 1);
    }

    /** A whole number: a year, an id, a count. */
    static Cell integer(long n) {
        return new Number(BigDecimal.valueOf(n), 0);
    }
}
