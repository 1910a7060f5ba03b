package se.balans.reports.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Sum;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * The closing's change against last year and its totals: a region whose costs fell from 1 300 to 900 and
 * whose taxes fell from 950 to 864 mnkr improved its result from −350 to −36. The result statement says
 * +314,0 mnkr in green and no percentage (it would read −89,7 %); the costs' −30,8 % is good news, the
 * taxes' −9,1 % bad news; each total is marked as the sum of its lines.
 */
class ClosingChangeTest {
    static final Labels SV = Labels.of(Language.SV);
    static final Key COSTS = new Key("RS", IncomeStatementLine.OPERATING_COSTS);
    static final Key TAXES = new Key("RS", IncomeStatementLine.TAX_REVENUE);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static MonthlyClosing closing() {
        List<MonthlyClosing.Row> rows = List.of(
                new MonthlyClosing.Row(COSTS, new Measures(m("-300"), m("-900"), m("-1300"), m("-950"), m("-3800"),
                        m("-3700"))),
                new MonthlyClosing.Row(TAXES, new Measures(m("288"), m("864"), m("950"), m("980"), m("3960"),
                        m("3970"))));
        List<MonthlyClosing.MonthRow> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthlyClosing.MonthRow(COSTS, month, month <= 3 ? m("-300") : Money.ZERO, m("-433.33"),
                    m("-316.67")));
            months.add(new MonthlyClosing.MonthRow(TAXES, month, month <= 3 ? m("288") : Money.ZERO, m("316.67"),
                    m("330")));
        }
        return new MonthlyClosing(ClosingWithoutLastYearTest.MARCH, List.of("RS"), rows, months, List.of(),
                Optional.empty());
    }

    static Row row(Table t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    static Cell cell(Table t, String label, String column) {
        return row(t, label).cells().get(t.columns().indexOf(SV.get(column)));
    }

    @Test
    void aResultFromMinus350ToMinus36IsPlus314MnkrInGreenWithoutAPercentage() {
        Table t = new ClosingTables(closing(), SV, Map.of("RS", "Regionstyrelsen")).resultStatement();
        for (String result : List.of("Verksamhetens resultat", "Årets resultat")) {
            assertThat(cell(t, result, "closing.col.growth")).as(result).isEqualTo(Cell.EMPTY);
            Cell change = cell(t, result, "closing.col.change");
            assertThat(((Cell.Deviation) change).value()).as(result).isEqualTo(m("314"));
            assertThat(change.favourability()).isEqualTo(Cell.Favourability.FAVOURABLE);
        }
        Cell costs = cell(t, "Verksamhetens kostnader", "closing.col.growth");
        assertThat(((Cell.Percent) costs).fraction().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("-30.8");
        assertThat(costs.favourability()).as("costs fell").isEqualTo(Cell.Favourability.FAVOURABLE);
        Cell taxes = cell(t, "Skatteintäkter", "closing.col.growth");
        assertThat(taxes.favourability()).as("taxes fell").isEqualTo(Cell.Favourability.UNFAVOURABLE);
        assertThat(cell(t, "Verksamhetens kostnader", "closing.col.deviation").favourability())
                .as("costs 50 under budget").isEqualTo(Cell.Favourability.FAVOURABLE);
    }

    @Test
    void eachTotalOfTheResultStatementAndTheCommitteesIsMarkedAsTheSumOfItsLines() {
        ClosingTables tables = new ClosingTables(closing(), SV, Map.of("RS", "Regionstyrelsen"));
        Table t = tables.resultStatement();
        int costs = t.rows().indexOf(row(t, "Verksamhetens kostnader"));
        int net = t.rows().indexOf(row(t, "Verksamhetens nettokostnader"));
        int taxes = t.rows().indexOf(row(t, "Skatteintäkter"));
        assertThat(row(t, "Verksamhetens nettokostnader").sum()).contains(Sum.of(costs));
        assertThat(row(t, "Verksamhetens resultat").sum()).contains(Sum.of(net, taxes));
        assertThat(t.sumsThatDoNotAddUp()).isEmpty();
        assertThat(t.sums(net, t.columns().indexOf(SV.get("closing.col.change")))).isTrue();
        assertThat(t.sums(net, t.columns().indexOf(SV.get("closing.col.growth")))).as("a percentage").isFalse();
        Table committees = tables.committees();
        assertThat(row(committees, "Summa").sum()).contains(Sum.of(0));
        assertThat(committees.sumsThatDoNotAddUp()).isEmpty();
        Table summary = tables.summary();
        assertThat(row(summary, "Årets resultat").sum()).contains(Sum.of(0, 1));
        assertThat(summary.sumsThatDoNotAddUp()).isEmpty();
    }
}
