package se.balans.reports.costtype;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.costtype.CostType;
import se.balans.engine.costtype.CostTypeBudget;
import se.balans.engine.costtype.CostTypeFollowUp;
import se.balans.engine.costtype.CostTypeMapping;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.ledger.LedgerMapping.AccountTarget;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.chart.Chart;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * The cost types in words, tables and a chart, on a region (Region Älvdal, illustrative) whose August
 * has the growth rates seed 004 gives for Region Västerbotten's 2024: personnel +6,5 % and 425 over
 * budget, pensions +13 %, agency staff −2 %, drugs +8 %, care revenue +14 %. Amounts in mnkr, the year
 * to date booked in August.
 */
class CostTypeTablesTest {
    static final YearMonth AUGUST = YearMonth.of(2027, 8);

    static <V> RangeMap.Entry<V> range(String from, String to, V v) {
        return new RangeMap.Entry<>(new PrefixRange(from, to), v);
    }

    static final LedgerMapping RESULT = new LedgerMapping(
            RangeMap.of(List.of(range("3", "3", AccountTarget.of(IncomeStatementLine.OPERATING_REVENUE)),
                    range("4", "7", AccountTarget.of(IncomeStatementLine.OPERATING_COSTS)),
                    range("80", "80", AccountTarget.of(IncomeStatementLine.TAX_REVENUE)))),
            RangeMap.of(List.of(range("2000", "2999", "HSN"))), RangeMap.of(List.of(range("8", "8", "RS"))));

    static final CostTypeMapping TYPES = new CostTypeMapping(RangeMap.of(List.of(
            range("31", "31", CostType.CARE_REVENUE), range("40", "40", CostType.PURCHASED_CARE),
            range("42", "42", CostType.DRUGS), range("462", "462", CostType.AGENCY_STAFF),
            range("5", "5", CostType.PERSONNEL), range("57", "57", CostType.PENSIONS))));

    static LedgerAmount a(int year, String account, String costCentre, String mnkr) {
        return new LedgerAmount(YearMonth.of(year, 8), account, costCentre, Money.ofMnkr(mnkr));
    }

    /** Personnel 6 500 → 6 922,5 (+6,5 %), of which pensions 500 → 565; agency 300 → 294; drugs 1 000 → 1 080. */
    static List<LedgerAmount> ledger(boolean lastYear) {
        List<LedgerAmount> thisYear = List.of(a(2027, "5010", "2100", "6357.5"), a(2027, "5710", "2100", "565"),
                a(2027, "4620", "2100", "294"), a(2027, "4210", "2100", "1080"), a(2027, "3110", "2100", "-570"),
                a(2027, "8011", "", "-7280"));
        List<LedgerAmount> before = List.of(a(2026, "5010", "2100", "6000"), a(2026, "5710", "2100", "500"),
                a(2026, "4620", "2100", "300"), a(2026, "4210", "2100", "1000"), a(2026, "3110", "2100", "-500"),
                a(2026, "8011", "", "-7000"));
        return lastYear ? java.util.stream.Stream.concat(before.stream(), thisYear.stream()).toList() : thisYear;
    }

    /** The personnel budget: 9 746,25 a year, 6 497,5 to August; 6 922,5 spent, 425 over. */
    static final CostTypeBudget BUDGET = new CostTypeBudget(2027,
            Map.of(CostType.PERSONNEL, Money.ofMnkr("9746.25")), Map.of());

    static CostTypeTables tables(boolean lastYear, Language language) {
        CostTypeFollowUp f = CostTypeFollowUp.of(TYPES, RESULT, ledger(lastYear), AUGUST, Optional.of(BUDGET));
        return new CostTypeTables(f, List.of("RS", "HSN"), Map.of("HSN", "Hälso- och sjukvårdsnämnden"),
                Labels.of(language));
    }

    @Test
    void theNarrativeReadsAsTheRegionsReports() {
        List<String> text = tables(true, Language.SV).narrative();

        // Net cost 7 300 → 7 726,5: +5,8 %; taxes 7 000 → 7 280: +4,0 %.
        assertThat(text.get(0)).isEqualTo("Nettokostnaderna har ökat med 5,8 procent och skatteintäkter och generella "
                + "statsbidrag med 4,0 procent. Nettokostnadsutvecklingen är därmed 1,8 procentenheter högre än "
                + "skatteintäkternas och statsbidragens.");
        assertThat(text.get(1)).isEqualTo("Personalkostnaderna har ökat med 6,5 procent jämfört med samma period i fjol "
                + "och har en negativ avvikelse mot budget på 425 miljoner kronor. "
                + "Pensionskostnaderna har ökat med 13,0 procent jämfört med samma period i fjol. "
                + "Kostnaderna för inhyrd personal har minskat med 2,0 procent jämfört med samma period i fjol. "
                + "Läkemedelskostnaderna har ökat med 8,0 procent jämfört med samma period i fjol. "
                + "Vårdintäkterna har ökat med 14,0 procent jämfört med samma period i fjol.");
        assertThat(tables(true, Language.EN).narrative().get(0)).startsWith("Net costs have increased by 5.8 per cent "
                + "and tax revenue and general grants by 4.0 per cent.");
    }

    @Test
    void theRegionsTableShowsPensionsAsPartOfPersonnelAndNoPercentageOnAZeroBase() {
        Table t = tables(true, Language.SV).region();

        assertThat(t.title()).isEqualTo("Kostnadsslag januari–augusti 2027, regionen (mnkr)");
        assertThat(t.rows().stream().map(Row::label)).containsExactly("Personalkostnader", "därav pensionskostnader",
                "Inhyrd personal", "Köpt vård", "Läkemedel", "Summa verksamhetens kostnader", "Vårdintäkter",
                "Summa verksamhetens intäkter", "Avskrivningar", "Verksamhetens nettokostnad",
                "Skatteintäkter och generella statsbidrag");
        assertThat(t.keys().orElseThrow().all()).containsExactly("line", "month", "ytd", "ytd_last_year", "change",
                "growth", "budget_ytd", "deviation", "budget_year");
        Row purchased = t.rows().get(3);
        assertThat(purchased.key()).contains("purchased_care");
        assertThat(purchased.cells().get(4)).as("growth on a zero base").isEqualTo(Cell.EMPTY);
        Row costs = t.rows().get(5);
        // 6 922,5 + 294 + 1 080: the pensions once.
        assertThat(costs.cells().get(1)).isEqualTo(Cell.amount(Money.ofMnkr("8296.5")));
        assertThat(t.rows().get(0).cells().get(6)).isEqualTo(Cell.favourableWhenPositive(Money.ofMnkr("-425")));
    }

    @Test
    void theChartLeavesOutAGrowthThatIsUndefined() {
        Chart c = tables(true, Language.SV).chart().orElseThrow();

        assertThat(c.categories()).containsExactly("Personalkostnader", "Pensionskostnader", "Inhyrd personal",
                "Läkemedel", "Vårdintäkter", "Verksamhetens nettokostnad", "Skatteintäkter och generella statsbidrag");
        assertThat(c.series().get(0).values()).extracting(java.math.BigDecimal::toPlainString)
                .containsExactly("6.5", "13.0", "-2.0", "8.0", "14.0", "5.8", "4.0");
        assertThat(c.horizontal()).isTrue();
    }

    @Test
    void perCommitteeOnlyTheTypesItHas() {
        List<Table> committees = tables(true, Language.SV).committees();

        assertThat(committees).extracting(Table::title)
                .containsExactly("Kostnadsslag januari–augusti 2027: Hälso- och sjukvårdsnämnden (mnkr)");
        assertThat(committees.get(0).rows().stream().map(Row::label)).doesNotContain("Köpt vård",
                "Skatteintäkter och generella statsbidrag");
        // The rules are said once, under the region's table.
        assertThat(committees.get(0).note()).isEmpty();
        assertThat(tables(true, Language.SV).region().note()).hasValueSatisfying(n -> assertThat(n)
                .contains("Pensionskostnaderna ingår i personalkostnaderna och räknas en gång i summan")
                .contains("periodiserad jämnt"));
    }

    @Test
    void withoutLastYearADashAndASentenceNotZeros() {
        CostTypeTables t = tables(false, Language.SV);

        assertThat(t.narrative()).containsExactly("Det finns inget utfall för samma period 2026 att jämföra "
                + "kostnadsslagen och nettokostnaderna med.");
        assertThat(t.region().rows().get(0).cells().get(2)).isEqualTo(Cell.text("–"));
        assertThat(t.chart()).isEmpty();
    }
}
