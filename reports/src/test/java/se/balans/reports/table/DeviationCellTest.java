package se.balans.reports.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.reports.output.CsvRenderer;
import se.balans.reports.output.MachineNumbers;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;

/** A deviation is good or bad news by its meaning, neutral when it shows as 0,0, and read by programs as an amount. */
class DeviationCellTest {
    static Cell.Favourability good(String mnkr) {
        return ((Cell.Deviation) Cell.favourableWhenPositive(Money.ofMnkr(mnkr))).favourability();
    }

    static Cell.Favourability bad(String mnkr) {
        return ((Cell.Deviation) Cell.unfavourableWhenPositive(Money.ofMnkr(mnkr))).favourability();
    }

    @Test
    void theMeaningNotTheSignSaysWhetherItIsGoodNews() {
        assertThat(good("12.3")).isEqualTo(Cell.Favourability.FAVOURABLE);
        assertThat(good("-4.5")).isEqualTo(Cell.Favourability.UNFAVOURABLE);
        assertThat(bad("2")).as("a cost above budget").isEqualTo(Cell.Favourability.UNFAVOURABLE);
        assertThat(bad("-3")).as("a cost below budget").isEqualTo(Cell.Favourability.FAVOURABLE);
    }

    @Test
    void whatShowsAsZeroIsNeutralAndNeverMinusZero() {
        for (String mnkr : List.of("0", "-0.00000001", "0.00000001", "-0.04", "0.0499")) {
            assertThat(good(mnkr)).as(mnkr).isEqualTo(Cell.Favourability.NEUTRAL);
            assertThat(bad(mnkr)).as(mnkr).isEqualTo(Cell.Favourability.NEUTRAL);
        }
        // 0,05 rounds half up to 0,1: shown, so coloured.
        assertThat(good("-0.05")).isEqualTo(Cell.Favourability.UNFAVOURABLE);
        assertThat(bad("0.05")).isEqualTo(Cell.Favourability.UNFAVOURABLE);

        TextTableRenderer text = new TextTableRenderer(NumberStyle.of(Language.SV));
        assertThat(text.format(Cell.favourableWhenPositive(Money.ofSek(new BigDecimal("-0.01"))))).isEqualTo("0,0");
        assertThat(text.format(Cell.unfavourableWhenPositive(Money.ofMnkr("-0.04")))).isEqualTo("0,0");
        assertThat(text.format(Cell.favourableWhenPositive(Money.ofMnkr("-0.05")))).isEqualTo("\u22120,1");
    }

    @Test
    void aTerminalAndProgramsSeeTheAmountItIs() {
        Money m = Money.ofMnkr("-1234.56");
        TextTableRenderer text = new TextTableRenderer(NumberStyle.of(Language.SV));
        assertThat(text.format(Cell.favourableWhenPositive(m))).isEqualTo(text.format(Cell.amount(m)))
                .isEqualTo("\u22121 234,6").doesNotContain("\u001b");
        assertThat(MachineNumbers.text(Cell.unfavourableWhenPositive(m))).isEqualTo(MachineNumbers.text(Cell.amount(m)))
                .isEqualTo("-1234.56");
        assertThat(MachineNumbers.text(Cell.favourableWhenPositive(Money.ofSek(new BigDecimal("-0.01")))))
                .as("exact, as an amount").isEqualTo("-0.00000001");
        Table keyed = Table.keyed("Avvikelser", "line", List.of("deviation"))
                .keyed("tax_revenue", List.of(Cell.favourableWhenPositive(Money.ofMnkr("20")))).build();
        assertThat(CsvRenderer.render(keyed)).contains("tax_revenue,20");
    }

    @Test
    void aLegendIsDueOnlyWhenADeviationIsColoured() {
        assertThat(Deviations.sample().hasColouredDeviations()).isTrue();
        assertThat(Table.builder("t", "Rad", List.of("Avvikelse"))
                .row("Noll", List.of(Cell.favourableWhenPositive(Money.ofSek(new BigDecimal("-0.01")))))
                .row("Belopp", List.of(Cell.amount(Money.ofMnkr("-7")))).build().hasColouredDeviations()).isFalse();
    }
}
