package se.balans.reports.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.balancesheet.BalanceSheetMapping;
import se.balans.engine.balancesheet.BalanceSheetMapping.Target;
import se.balans.engine.investment.InvestmentBudget;
import se.balans.engine.investment.InvestmentCarryOver;
import se.balans.engine.investment.InvestmentCategory;
import se.balans.engine.investment.InvestmentFollowUp;
import se.balans.engine.investment.InvestmentForecastInput;
import se.balans.engine.investment.InvestmentMapping;
import se.balans.engine.investment.InvestmentMapping.Placement;
import se.balans.engine.investment.ResultAndDepreciation;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.reports.chart.Chart;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * The words, table and chart of a small organisation's investments (Region Norrfjäll, illustrative), in
 * mnkr: by May 2027 property 30, medical equipment 12, IT 10 (52) against budgets of 72 (12 of it
 * carried in), 24 and 24 (120); property forecast 65 as given, the others by the rule (26 and 24):
 * 115, 5 under budget; (8 + 5) / 52 = 25 % to date and (11 + 12) / 115 = 20 % for the year.
 */
class InvestmentTablesTest {
    static <V> RangeMap.Entry<V> range(String from, String to, V v) {
        return new RangeMap.Entry<>(new PrefixRange(from, to), v);
    }

    static final BalanceSheetMapping SHEET = new BalanceSheetMapping(RangeMap.of(List.of(
            range("10", "13", Target.of(BalanceSheetLine.FIXED_ASSETS)),
            range("14", "19", Target.of(BalanceSheetLine.CURRENT_ASSETS)))), RangeMap.of(List.of()));

    static final InvestmentMapping MAPPING = new InvestmentMapping(List.of(
            new InvestmentCategory("property", "Fastighet", "Property"),
            new InvestmentCategory("medical_equipment", "Medicinteknik", "Medical equipment"),
            new InvestmentCategory("it", "IT", "IT")), RangeMap.of(List.of(
            range("11", "11", Placement.of("property")), range("12", "12", Placement.of("medical_equipment")),
            range("1250", "1250", Placement.of("it")), range("1119", "1119", Placement.excluded()))));

    static LedgerAmount mv(int month, String account, String mnkr) {
        return new LedgerAmount(YearMonth.of(2027, month), account, "", Money.ofMnkr(mnkr));
    }

    static final List<LedgerAmount> LEDGER = List.of(mv(1, "1110", "10"), mv(1, "1220", "4"), mv(2, "1110", "10"),
            mv(2, "1250", "3"), mv(3, "1120", "5"), mv(3, "1220", "6"), mv(4, "1110", "-1"), mv(4, "1250", "3"),
            mv(5, "1110", "6"), mv(5, "1220", "2"), mv(5, "1250", "4"));

    static final List<InvestmentBudget> BUDGETS = List.of(
            new InvestmentBudget(2027, "property", Optional.empty(), Money.ofMnkr("60"), ""),
            new InvestmentBudget(2027, "medical_equipment", Optional.empty(), Money.ofMnkr("24"), ""),
            new InvestmentBudget(2027, "it", Optional.empty(), Money.ofMnkr("30"), ""));

    static final List<InvestmentCarryOver> CARRY = List.of(
            new InvestmentCarryOver(2026, 2027, "property", Optional.empty(), Money.ofMnkr("12"), "RS 2027-02-10 § 5", ""),
            new InvestmentCarryOver(2026, 2027, "it", Optional.empty(), Money.ofMnkr("-6"), "RS 2027-02-10 § 5", ""));

    static final List<InvestmentForecastInput> GIVEN = List.of(new InvestmentForecastInput(YearMonth.of(2027, 4),
            "property", Money.ofMnkr("65"), "fastighetsenheten"));

    static final ResultAndDepreciation FUNDS = new ResultAndDepreciation(Money.ofMnkr("8"), Money.ofMnkr("-5"),
            Money.ofMnkr("11"), Money.ofMnkr("-12"));

    static InvestmentFollowUp at(int month) {
        return InvestmentFollowUp.of(MAPPING, SHEET, LEDGER, YearMonth.of(2027, month), BUDGETS, CARRY, GIVEN, FUNDS);
    }

    @Test
    void theNarrativeInSwedish() {
        assertThat(new InvestmentTables(at(5), Labels.of(Language.SV)).narrative()).containsExactly(
                "Investeringsutgifterna uppgick till 52 miljoner kronor januari–maj 2027, 43 % av årets budget på 120 "
                        + "miljoner kronor (varav 6 miljoner kronor ombudgeterade från 2026). Helårsprognosen är 115 "
                        + "miljoner kronor, 5 miljoner kronor lägre än budget.",
                "Per investeringsområde har enligt prognosen Fastighet en positiv avvikelse på 7 miljoner kronor och "
                        + "Medicinteknik en negativ avvikelse på 2 miljoner kronor. IT har en prognos i enlighet med budget.",
                "Självfinansieringsgraden, årets resultat plus avskrivningar i förhållande till nettoinvesteringarna, är "
                        + "25 % hittills i år och 20 % för helåret enligt prognosen.");
    }

    @Test
    void theYearsNarrativeSaysTheDeviationAsTheRegionsReportsDo() {
        // December: the outcome is the forecast: property 30 against 72, medical equipment 12 against 24, IT 10 against 24.
        List<String> text = new InvestmentTables(at(12), Labels.of(Language.SV)).narrative();
        assertThat(text.get(0)).isEqualTo("Investeringsutgifterna uppgick till 52 miljoner kronor 2027 mot en budget på "
                + "120 miljoner kronor (varav 6 miljoner kronor ombudgeterade från 2026), vilket innebär en positiv "
                + "avvikelse mot budget på 68 miljoner kronor.");
        assertThat(text.get(1)).isEqualTo("Per investeringsområde har Fastighet en positiv avvikelse på 42 miljoner "
                + "kronor, Medicinteknik en positiv avvikelse på 12 miljoner kronor och IT en positiv avvikelse på 14 "
                + "miljoner kronor.");
        assertThat(text.get(2)).isEqualTo("Självfinansieringsgraden, årets resultat plus avskrivningar i förhållande "
                + "till nettoinvesteringarna, var 44 % 2027.");
    }

    @Test
    void theNarrativeInEnglish() {
        List<String> text = new InvestmentTables(at(5), Labels.of(Language.EN)).narrative();
        assertThat(text.get(0)).isEqualTo("Capital expenditure was SEK 52 million in January–May 2027, 43% of the "
                + "year’s budget of SEK 120 million (of which SEK 6 million carried over from 2026). The full-year "
                + "forecast is SEK 115 million, SEK 5 million below budget.");
        assertThat(text.get(1)).isEqualTo("By category, in the forecast, Property has a positive deviation of SEK 7 "
                + "million and Medical equipment a negative deviation of SEK 2 million. IT is forecast in line with budget.");
    }

    @Test
    void theTablePerCategoryWithTheTotalTheGivenForecastMarkedAndTheDecisions() {
        Table t = new InvestmentTables(at(5), Labels.of(Language.SV)).table();
        assertThat(t.title()).isEqualTo("Investeringar januari–maj 2027 (mnkr)");
        assertThat(t.columns()).containsExactly("Utfall maj", "Utfall ack.", "Budget", "Ombudget. från 2026", "Budget 2027 totalt",
                "Kvar av budget", "Helårsprognos", "Avvikelse");
        assertThat(t.rows()).extracting(se.balans.reports.table.Row::label)
                .containsExactly("Fastighet *", "Medicinteknik", "IT", "Summa investeringar");
        assertThat(t.rows().get(0).cells()).containsExactly(Cell.amount(Money.ofMnkr("6")), Cell.amount(Money.ofMnkr("30")),
                Cell.amount(Money.ofMnkr("60")), Cell.amount(Money.ofMnkr("12")), Cell.amount(Money.ofMnkr("72")),
                Cell.amount(Money.ofMnkr("42")), Cell.amount(Money.ofMnkr("65")), Cell.favourableWhenPositive(Money.ofMnkr("7")));
        assertThat(t.rows().get(3).cells().get(7)).isEqualTo(Cell.favourableWhenPositive(Money.ofMnkr("5")));
        assertThat(t.note()).hasValueSatisfying(n -> assertThat(n)
                .contains("* Fastighet: prognos lämnad i april 2027 (fastighetsenheten).")
                .contains("Ombudgeterat från 2026 enligt beslut: RS 2027-02-10 § 5."));
    }

    @Test
    void theSelfFinancingTableShowsHowTheRatioIsMade() {
        Table t = new InvestmentTables(at(5), Labels.of(Language.SV)).selfFinancing();
        assertThat(t.columns()).containsExactly("Utfall ack.", "Helårsprognos");
        assertThat(t.rows()).extracting(se.balans.reports.table.Row::label).containsExactly("Årets resultat",
                "Avskrivningar", "Årets resultat + avskrivningar", "Nettoinvesteringar", "Självfinansieringsgrad");
        assertThat(t.rows()).extracting(r -> r.cells()).containsExactly(amounts("8", "11"), amounts("5", "12"),
                amounts("13", "23"), amounts("52", "115"), List.of(Cell.percent(new java.math.BigDecimal("0.25")),
                        Cell.percent(new java.math.BigDecimal("0.2"))));
    }

    static List<Cell> amounts(String ytd, String year) {
        return List.of(Cell.amount(Money.ofMnkr(ytd)), Cell.amount(Money.ofMnkr(year)));
    }

    @Test
    void theChartIsOutcomeForecastAndBudgetByCategoryAndWithoutTheForecastInDecember() {
        Chart c = new InvestmentTables(at(5), Labels.of(Language.SV)).chart();
        assertThat(c.categories()).containsExactly("Fastighet", "Medicinteknik", "IT");
        assertThat(c.series()).extracting(Chart.Series::name)
                .containsExactly("Utfall januari–maj 2027", "Helårsprognos", "Budget 2027 totalt");
        assertThat(c.series().get(0).values()).extracting(java.math.BigDecimal::intValue).containsExactly(30, 12, 10);
        assertThat(c.series().get(2).values()).extracting(java.math.BigDecimal::intValue).containsExactly(72, 24, 24);
        assertThat(new InvestmentTables(at(12), Labels.of(Language.SV)).chart().series()).extracting(Chart.Series::name)
                .containsExactly("Utfall 2027", "Budget 2027 totalt");
    }
}
