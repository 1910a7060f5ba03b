package se.balans.reports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * Totals in the document model: a row says which rows it adds up, and the table as shown makes each total
 * the sum of the figures shown above it, so that what a reader adds up on the page is what the total says.
 */
class SumTest {
    static final Labels SV = Labels.of(Language.SV);

    static Cell dev(String mnkr) {
        return Cell.favourableWhenPositive(Money.ofMnkr(mnkr));
    }

    /**
     * Seven committees' deviations that show as 0,1 + 31,8 + 52,6 + 3,4 + 0,1 + 0,1 + 0,1 = 88,2, while their
     * exact total, 88,06, shows as 88,1.
     */
    static Table committees() {
        Table.Builder b = Table.builder("Nämnder", "Nämnd", List.of("Avvikelse"));
        for (String d : List.of("0.05", "31.75", "52.55", "3.44", "0.09", "0.09", "0.09")) {
            b.row("Nämnd " + d, List.of(dev(d)));
        }
        return b.total("Summa", List.of(dev("88.06")), b.detailRows()).build();
    }

    @Test
    void givenPartsShownAt88_2AndAnExactTotalOf88_1_theTotalAsShownIs88_2WithANoteSayingWhy() {
        Table shown = committees().asShown(SV);
        Row total = shown.rows().get(7);
        assertThat(((Cell.Deviation) total.cells().get(0)).value()).isEqualTo(Money.ofMnkr("88.2"));
        assertThat(((Cell.Deviation) total.cells().get(0)).meaning()).isEqualTo(Cell.Meaning.FAVOURABLE_WHEN_POSITIVE);
        assertThat(((Cell.Deviation) shown.rows().get(1).cells().get(0)).value()).isEqualTo(Money.ofMnkr("31.8"));
        assertThat(shown.note()).contains(SV.get("table.rounding.note"));
        assertThat(shown.noteLines(SV)).contains(SV.get("table.rounding.note"));
    }

    @Test
    void whereThePartsAddUpToTheRoundedTotalThereIsNoRoundingNote() {
        Table t = Table.builder("T", "Rad", List.of("Belopp"))
                .row("a", List.of(Cell.amount(Money.ofMnkr("1.02"))))
                .row("b", List.of(Cell.amount(Money.ofMnkr("2.02")))).build();
        Table withTotal = Table.builder("T", "Rad", List.of("Belopp")).row(t.rows().get(0)).row(t.rows().get(1))
                .total("Summa", List.of(Cell.amount(Money.ofMnkr("3.04"))), Sum.of(0, 1)).note("Källa: huvudboken.").build();
        Table shown = withTotal.asShown(SV);
        // 1,0 + 2,0 = 3,0, and the exact 3,04 shows as 3,0 too.
        assertThat(((Cell.Amount) shown.rows().get(2).cells().get(0)).value()).isEqualTo(Money.ofMnkr("3.0"));
        assertThat(shown.note()).contains("Källa: huvudboken.");
    }

    @Test
    void aNetCostIsCostsAndDepreciationLessRevenuesAndATotalOfSubtotalsAddsTheirShownSums() {
        // Costs 0,04 + 0,04 show 0,0 + 0,0: their subtotal shows 0,0, not 0,1, and the net cost adds what is shown.
        Table t = Table.builder("Kostnadsslag", "mnkr", List.of("Ack. utfall"))
                .row("Personal", List.of(Cell.amount(Money.ofMnkr("0.04"))))
                .row("Övrigt", List.of(Cell.amount(Money.ofMnkr("0.04"))))
                .total("Summa kostnader", List.of(Cell.amount(Money.ofMnkr("0.08"))), Sum.of(0, 1))
                .row("Intäkter", List.of(Cell.amount(Money.ofMnkr("5.25"))))
                .row("Avskrivningar", List.of(Cell.amount(Money.ofMnkr("1.25"))))
                .total("Nettokostnad", List.of(Cell.amount(Money.ofMnkr("-3.92"))), Sum.of(2, 4).minus(3))
                .build();
        Table shown = t.asShown(SV);
        assertThat(((Cell.Amount) shown.rows().get(2).cells().get(0)).value()).isEqualTo(Money.ZERO);
        // 0,0 + 1,3 − 5,3 = −4,0, though the exact −3,92 shows as −3,9.
        assertThat(((Cell.Amount) shown.rows().get(5).cells().get(0)).value()).isEqualTo(Money.ofMnkr("-4.0"));
        assertThat(shown.note()).isPresent();
    }

    @Test
    void aColumnIsSummedOnlyWhereTheTotalAndEveryTermAreAmountsOrEmpty() {
        Table t = Table.builder("T", "Rad", List.of("Belopp", "Andel", "Senast"))
                .row("a", List.of(Cell.amount(Money.ofMnkr("1")), Cell.percent(new BigDecimal("0.25")), Cell.text("–")))
                .row("b", List.of(Cell.EMPTY, Cell.percent(new BigDecimal("0.75")), Cell.amount(Money.ofMnkr("2"))))
                .total("Summa", List.of(Cell.amount(Money.ofMnkr("1")), Cell.percent(BigDecimal.ONE),
                        Cell.amount(Money.ofMnkr("2"))), Sum.of(0, 1))
                .build();
        assertThat(t.sums(2, 0)).as("amounts, one term empty").isTrue();
        assertThat(t.sums(2, 1)).as("a percentage is no sum").isFalse();
        assertThat(t.sums(2, 2)).as("a term shows a dash").isFalse();
        assertThat(t.sums(0, 0)).as("a row without a sum").isFalse();
    }

    @Test
    void aSumNamesOtherRowsOfItsTableAndNeverItselfNorAHeading() {
        Row a = Row.of("a", List.of(Cell.amount(Money.ofMnkr("1"))));
        Row total = Row.total("Summa", List.of(Cell.amount(Money.ofMnkr("1"))));
        assertThatThrownBy(() -> Table.builder("T", "Rad", List.of("B")).row(a).row(total.withSum(Sum.of(0, 2))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sums row 2");
        assertThatThrownBy(() -> Table.builder("T", "Rad", List.of("B")).row(a).row(total.withSum(Sum.of(5))).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.builder("T", "Rad", List.of("B")).heading("Rubrik").row(a)
                .row(total.withSum(Sum.of(0, 1))).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.builder("T", "Rad", List.of("B")).row(a.withSum(Sum.of(1)))
                .row(total.withSum(Sum.of(0))).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adds itself");
    }

    @Test
    void aRowKeepsItsSumWhenGivenAKeyOrOtherCells() {
        Row r = Row.total("Summa", List.of(Cell.EMPTY)).withSum(Sum.of(0)).withKey("total");
        assertThat(r.sum()).contains(Sum.of(0));
        assertThat(r.withCells(List.of(Cell.amount(Money.ZERO))).sum()).contains(Sum.of(0));
        assertThat(r.key()).contains("total");
    }

    @Test
    void asShownStoresEveryFigureAtItsShownPrecisionAndNoNegativeZero() {
        Table t = Table.builder("T", "Rad", List.of("Belopp", "Andel", "År"))
                .row("a", List.of(Cell.amount(Money.ofSek(new BigDecimal("-2949999999.99"))),
                        new Cell.Percent(new BigDecimal("-0.00004"), 1), new Cell.Number(new BigDecimal("2.149"), 1)))
                .row("b", List.of(Cell.amount(Money.ofSek(-400)), Cell.percent(new BigDecimal("0.123456")), Cell.EMPTY))
                .build().asShown(SV);
        assertThat(((Cell.Amount) t.rows().get(0).cells().get(0)).value().toMnkr()).isEqualByComparingTo("-2950.0");
        assertThat(((Cell.Percent) t.rows().get(0).cells().get(1)).fraction().signum()).isZero();
        assertThat(((Cell.Number) t.rows().get(0).cells().get(2)).value()).isEqualByComparingTo("2.1");
        assertThat(((Cell.Amount) t.rows().get(1).cells().get(0)).value().isZero()).isTrue();
        assertThat(((Cell.Percent) t.rows().get(1).cells().get(1)).fraction()).isEqualByComparingTo("0.123");
    }
}
