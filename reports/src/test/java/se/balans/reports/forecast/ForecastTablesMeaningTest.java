package se.balans.reports.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.forecast.CentralItem;
import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.forecast.ForecastBridge;
import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.engine.forecast.ForecastRound;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * The forecast tables colour their deviations by what they mean for årets resultat, not by their sign
 * (illustrative figures, by hand). HSN forecasts a deficit of 35,5 against its frame of 1 200 where the
 * proposal has a surplus of 20; RS has not submitted and its proposal is 10 over its frame of 300; KN
 * forecasts a surplus of 3 against 100 where the proposal has 2. The finance unit takes taxes at 1 620
 * (proposed 1 600) and financial costs at −18 (proposed −20): a lower cost, so a better result.
 */
class ForecastTablesMeaningTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3);
    static final BigDecimal SHARE = new BigDecimal("0.02");
    static final Money FLOOR = m("5");
    static final Labels SV = Labels.of(Language.SV);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static ForecastRound.Line line(String committee, String frame, String proposal, String deviation) {
        Optional<CommitteeForecast> submitted = Optional.ofNullable(deviation).map(d -> new CommitteeForecast(committee,
                MARCH, m(d), "", CommitteeForecast.Confidence.MEDIUM, List.of(), List.of()));
        return new ForecastRound.Line(committee, m(frame), m(proposal), submitted, SHARE, FLOOR);
    }

    static ForecastRound round() {
        return new ForecastRound(MARCH, List.of(line("HSN", "1200", "1180", "-35.5"), line("RS", "300", "310", null),
                line("KN", "100", "98", "3")), SHARE, FLOOR);
    }

    static Cell cell(Table t, String row, int column) {
        return t.rows().stream().filter(r -> r.label().equals(row)).findFirst().map(Row::cells)
                .orElseThrow(() -> new AssertionError("no row " + row + " in " + t.title())).get(column);
    }

    /** A deviation that is good news when positive, with its value and what it is. */
    static void deviation(Cell c, String mnkr, Cell.Favourability expected) {
        assertThat(c).isInstanceOf(Cell.Deviation.class);
        Cell.Deviation d = (Cell.Deviation) c;
        assertThat(d.value()).isEqualTo(m(mnkr));
        assertThat(d.meaning()).isEqualTo(Cell.Meaning.FAVOURABLE_WHEN_POSITIVE);
        assertThat(d.favourability()).isEqualTo(expected);
    }

    @Test
    void aCommitteesDeficitIsRedAndItsSurplusGreenAndSoIsItsDifferenceFromTheProposal() {
        Table t = ForecastRoundTable.of(round(), Map.of(), SV);
        // Columns: frame, proposal, forecast, deviation from the frame, the committee against the proposal, status.
        assertThat(cell(t, "HSN", 0)).isEqualTo(Cell.amount(m("1200")));
        assertThat(cell(t, "HSN", 2)).as("a net cost is an amount").isEqualTo(Cell.amount(m("1235.5")));
        deviation(cell(t, "HSN", 3), "-35.5", Cell.Favourability.UNFAVOURABLE);
        // −35,5 against the proposal's +20: the committee expects 55,5 worse.
        deviation(cell(t, "HSN", 4), "-55.5", Cell.Favourability.UNFAVOURABLE);
        deviation(cell(t, "RS", 3), "-10", Cell.Favourability.UNFAVOURABLE);
        assertThat(cell(t, "RS", 4)).as("not submitted").isEqualTo(Cell.EMPTY);
        deviation(cell(t, "KN", 3), "3", Cell.Favourability.FAVOURABLE);
        deviation(cell(t, "KN", 4), "1", Cell.Favourability.FAVOURABLE);
        // 1 600 − (1 235,5 + 310 + 97) = −42,5.
        deviation(cell(t, SV.get("forecast.round.total"), 3), "-42.5", Cell.Favourability.UNFAVOURABLE);
    }

    @Test
    void aPositiveDifferenceFromTheProposalIsABetterResultOnEveryLineCostsToo() {
        ForecastRound round = round();
        Map<IncomeStatementLine, Money> proposal = new EnumMap<>(IncomeStatementLine.class);
        Map<IncomeStatementLine, Money> lines = new EnumMap<>(IncomeStatementLine.class);
        // Net cost −1 588 proposed; −1 642,5 of record. Operating result 112 and 77,5; årets resultat 97 and 64,5.
        String[][] figures = {{"NET_OPERATING_COST", "-1588", "-1642.5"}, {"TAX_REVENUE", "1600", "1620"},
            {"GENERAL_GRANTS", "100", "100"}, {"OPERATING_RESULT", "112", "77.5"}, {"FINANCIAL_INCOME", "5", "5"},
            {"FINANCIAL_COSTS", "-20", "-18"}, {"EXTRAORDINARY_ITEMS", "0", "0"}, {"RESULT_FOR_YEAR", "97", "64.5"}};
        for (String[] f : figures) {
            proposal.put(IncomeStatementLine.valueOf(f[0]), m(f[1]));
            lines.put(IncomeStatementLine.valueOf(f[0]), m(f[2]));
        }
        ForecastOfRecord f = new ForecastOfRecord(round, lines, proposal, Map.of(
                IncomeStatementLine.TAX_REVENUE, List.of(new CentralItem(MARCH, IncomeStatementLine.TAX_REVENUE, m("1620"),
                        "SKR")),
                IncomeStatementLine.FINANCIAL_COSTS,
                List.of(new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, m("-18"), "låneregistret"))));
        Table t = ForecastOfRecordTable.of(f, SV);
        // Columns: forecast, proposal, difference, source.
        assertThat(cell(t, "Finansiella kostnader", 0)).isEqualTo(Cell.amount(m("-18")));
        deviation(cell(t, "Verksamhetens nettokostnader", 2), "-54.5", Cell.Favourability.UNFAVOURABLE);
        deviation(cell(t, "Skatteintäkter", 2), "20", Cell.Favourability.FAVOURABLE);
        deviation(cell(t, "Generella statsbidrag och utjämning", 2), "0", Cell.Favourability.NEUTRAL);
        deviation(cell(t, "Verksamhetens resultat", 2), "-34.5", Cell.Favourability.UNFAVOURABLE);
        // A cost of −18 for −20 proposed: lower, so good news though a cost.
        deviation(cell(t, "Finansiella kostnader", 2), "2", Cell.Favourability.FAVOURABLE);
        deviation(cell(t, "Årets resultat", 2), "-32.5", Cell.Favourability.UNFAVOURABLE);
        assertThat(t.hasColouredDeviations()).isTrue();
    }

    @Test
    void aBridgeStepIsGreenWhenItMadeTheResultBetterAndTheResultsThemselvesAreAmounts() {
        ForecastBridge b = new ForecastBridge(YearMonth.of(2027, 2), MARCH, m("97"), m("63.5"), List.of(
                new ForecastBridge.Step(ForecastBridge.Kind.COMMITTEE, "HSN", m("-55.5")),
                new ForecastBridge.Step(ForecastBridge.Kind.COMMITTEE, "RS", Money.ZERO),
                new ForecastBridge.Step(ForecastBridge.Kind.CENTRAL, "tax_revenue", m("20")),
                new ForecastBridge.Step(ForecastBridge.Kind.CENTRAL, "financial_costs", m("2"))));
        Table t = ForecastBridgeTable.of(b, Map.of("HSN", "Hälso- och sjukvårdsnämnden"), SV);
        assertThat(cell(t, "Prognos efter februari", 0)).isEqualTo(Cell.amount(m("97")));
        deviation(cell(t, "Hälso- och sjukvårdsnämnden", 0), "-55.5", Cell.Favourability.UNFAVOURABLE);
        deviation(cell(t, "Skatteintäkter", 0), "20", Cell.Favourability.FAVOURABLE);
        deviation(cell(t, "Finansiella kostnader", 0), "2", Cell.Favourability.FAVOURABLE);
        assertThat(cell(t, "Prognos efter mars", 0)).isEqualTo(Cell.amount(m("63.5")));
        assertThat(t.rows()).extracting(Row::label).doesNotContain("RS");
    }
}
