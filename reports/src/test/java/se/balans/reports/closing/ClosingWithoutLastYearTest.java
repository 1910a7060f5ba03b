package se.balans.reports.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.SampleReports;
import se.balans.reports.chart.Chart;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.Workbooks;

/**
 * A closing of the first year the store has a ledger for: last year's figures are zeros that were
 * never booked. The report shows them as "–" and says there is nothing to compare with, rather
 * than "0,0" and "positivt med 0 miljoner kronor".
 */
class ClosingWithoutLastYearTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Key COSTS = new Key("RS", IncomeStatementLine.OPERATING_COSTS);
    static final Key TAXES = new Key("RS", IncomeStatementLine.TAX_REVENUE);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    /** A closing of March 2026 with costs and taxes; last year's figures as given (zero when not booked). */
    static MonthlyClosing closing(String costsLastYear, String taxesLastYear) {
        List<MonthlyClosing.Row> rows = List.of(
                new MonthlyClosing.Row(COSTS, new Measures(m("-300"), m("-900"), m(costsLastYear), m("-950"),
                        m("-3800"), m("-3700"))),
                new MonthlyClosing.Row(TAXES, new Measures(m("330"), m("990"), m(taxesLastYear), m("980"),
                        m("3960"), m("3970"))));
        List<MonthlyClosing.MonthRow> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            boolean booked = month <= 3;
            months.add(new MonthlyClosing.MonthRow(COSTS, month, booked ? m("-300") : Money.ZERO,
                    m(costsLastYear).dividedBy(java.math.BigDecimal.valueOf(3)),
                    m("-316.67")));
            months.add(new MonthlyClosing.MonthRow(TAXES, month, booked ? m("330") : Money.ZERO,
                    m(taxesLastYear).dividedBy(java.math.BigDecimal.valueOf(3)), m("330")));
        }
        return new MonthlyClosing(MARCH, List.of("RS"), rows, months, List.of(), Optional.empty());
    }

    static final MonthlyClosing WITHOUT = closing("0", "0");
    static final MonthlyClosing WITH = closing("-870", "950");

    static List<Cell> cells(Table t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).map(Row::cells).findFirst().orElseThrow();
    }

    @Test
    void lastYearsColumnsShowADashNotZero() {
        Labels sv = Labels.of(Language.SV);
        ClosingTables tables = new ClosingTables(WITHOUT, sv, Map.of("RS", "Regionstyrelsen"));

        Table summary = tables.summary();
        int lastYear = summary.columns().indexOf(sv.get("closing.col.ytd_last_year"));
        assertThat(summary.rows()).allSatisfy(r -> assertThat(r.cells().get(lastYear)).isEqualTo(Cell.text("–")));

        Table statement = tables.resultStatement();
        int growth = statement.columns().indexOf(sv.get("closing.col.growth"));
        List<Cell> costs = cells(statement, "Verksamhetens kostnader");
        assertThat(costs.get(statement.columns().indexOf(sv.get("closing.col.ytd_last_year")))).isEqualTo(Cell.text("–"));
        assertThat(costs.get(growth)).isEqualTo(Cell.text("–"));

        Table committees = tables.committees();
        assertThat(cells(committees, "Regionstyrelsen").get(committees.columns()
                .indexOf(sv.get("closing.col.net_cost_growth")))).isEqualTo(Cell.text("–"));
    }

    @Test
    void withLastYearBookedTheColumnsHoldItsFigures() {
        Labels sv = Labels.of(Language.SV);
        Table summary = new ClosingTables(WITH, sv, Map.of()).summary();
        int lastYear = summary.columns().indexOf(sv.get("closing.col.ytd_last_year"));
        assertThat(cells(summary, "Verksamhetens resultat").get(lastYear)).isEqualTo(Cell.amount(m("80")));
    }

    @Test
    void theNarrativeSaysThereIsNoComparisonInsteadOfComparingWithZero() {
        String sv = ClosingNarrative.of(WITHOUT, Labels.of(Language.SV));
        assertThat(sv).contains("Det finns inget utfall för samma period 2025 att jämföra med.")
                .doesNotContain("Under samma period 2025").doesNotContain("2025 var resultatet");
        String en = ClosingNarrative.of(WITHOUT, Labels.of(Language.EN));
        assertThat(en).contains("There is no outcome for the same period of 2025 to compare with.")
                .doesNotContain("In the same period of 2025");

        assertThat(ClosingNarrative.of(WITH, Labels.of(Language.SV)))
                .contains("Under samma period 2025 var verksamhetens resultat positivt med 80 miljoner kronor.")
                .doesNotContain("inget utfall");
    }

    @Test
    void theReportDrawsNoLastYearSeriesOfZerosAndItsWorkbookOpens() throws IOException {
        ReportDocument doc = MonthlyReport.build(WITHOUT, 1, "Region Test", Map.of("RS", "Regionstyrelsen"),
                Language.SV, SampleReports.metadata());
        List<Chart> charts = doc.sections().stream().flatMap(s -> s.charts().stream()).toList();
        assertThat(charts).isNotEmpty().allSatisfy(c -> assertThat(c.series()).noneMatch(s -> s.name().contains("2025")));
        try (XSSFWorkbook wb = Workbooks.open(SampleReports.xlsx(doc))) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        }
        assertThat(SampleReports.pdf(doc)).isNotEmpty();

        ReportDocument with = MonthlyReport.build(WITH, 1, "Region Test", Map.of(), Language.SV, SampleReports.metadata());
        assertThat(with.sections().stream().flatMap(s -> s.charts().stream()))
                .anySatisfy(c -> assertThat(c.series()).anyMatch(s -> s.name().contains("2025")));
    }

    @Test
    void forProgramsAYearNeverBookedIsNullNotZero() {
        var record = new se.balans.reports.history.ClosingRecord(1, MARCH, true,
                java.time.OffsetDateTime.parse("2026-04-05T10:00:00Z"), "anna", "0.1.0", "ab", Optional.empty(),
                Optional.empty(), List.of());
        String csv = se.balans.reports.output.CsvRenderer.render(new ClosingData(record, WITHOUT).records());
        String json = se.balans.reports.output.JsonRenderer.render(new ClosingData(record, WITHOUT).document());
        String withCsv = se.balans.reports.output.CsvRenderer.render(new ClosingData(record, WITH).records());

        String header = csv.lines().findFirst().orElseThrow();
        int column = List.of(header.split(",")).indexOf("ytd_last_year");
        assertThat(csv.lines().skip(1)).allSatisfy(l -> assertThat(l.split(",", -1)[column]).isEmpty());
        assertThat(json).contains("\"ytd_last_year\" : null").doesNotContain("\"ytd_last_year\" : 0");
        assertThat(withCsv.lines().skip(1)).anySatisfy(l -> assertThat(l.split(",", -1)[column]).isNotEmpty());
    }
}
