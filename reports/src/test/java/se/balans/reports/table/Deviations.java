package se.balans.reports.table;

import java.math.BigDecimal;
import java.util.List;

import se.balans.engine.money.Money;

/** A table of deviations for the renderers' tests: good and bad news of either sign, and ones that show as 0,0. */
public final class Deviations {
    public static final String COLUMN = "Avvikelse";

    private Deviations() {
    }

    public static Table sample() {
        return Table.builder("Avvikelser", "Rad", List.of(COLUMN))
                .row("Överskott mot ram", List.of(Cell.favourableWhenPositive(Money.ofMnkr("12.3"))))
                .row("Underskott mot ram", List.of(Cell.favourableWhenPositive(Money.ofMnkr("-4.5"))))
                .row("Kostnad över budget", List.of(Cell.unfavourableWhenPositive(Money.ofMnkr("2"))))
                .row("Kostnad under budget", List.of(Cell.unfavourableWhenPositive(Money.ofMnkr("-3"))))
                .row("Noll", List.of(Cell.favourableWhenPositive(Money.ZERO)))
                .row("Ett öre under", List.of(Cell.favourableWhenPositive(Money.ofSek(new BigDecimal("-0.01")))))
                .row("Fyrtio tusen under", List.of(Cell.unfavourableWhenPositive(Money.ofMnkr("-0.04"))))
                .row("Femtio tusen under", List.of(Cell.favourableWhenPositive(Money.ofMnkr("-0.05"))))
                .row("Belopp", List.of(Cell.amount(Money.ofMnkr("-7"))))
                .total("Summa", List.of(Cell.favourableWhenPositive(Money.ofMnkr("-9.9"))))
                .note("Avvikelser positiva vid överskott.")
                .build();
    }
}
