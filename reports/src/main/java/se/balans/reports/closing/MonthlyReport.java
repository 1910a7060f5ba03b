package se.balans.reports.closing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import se.balans.engine.balancerequirement.BalanceRequirementForecast;
import se.balans.engine.closing.BudgetRevision;
import se.balans.engine.closing.Measures;
import se.balans.engine.goal.GoalFollowUp;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.closing.MonthlyClosing.MonthSeries;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.balancerequirement.BalanceRequirementForecastTables;
import se.balans.reports.chart.Chart;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;

/**
 * The monthly report (månadsrapport) of a closed month as a document: the summary in words and
 * figures with the cumulative results against the periodised budget and last year, the result
 * statement to date with the monthly net cost, the committees against their periodised frames,
 * and the forecast: its basis and its back-test. This year's outcome, last year's and the budget
 * keep their colours from chart to chart (the palette's first, second and third).
 *
 * <p>It is built from a stored closing only, never from the ledger: what the board reads is what
 * was closed, and the document carries the closing's input fingerprint, so it can be traced to the
 * exact closing. Every figure comes from {@link MonthlyClosing}; this class chooses what goes where
 * and in which words, as {@link ClosingTables} and {@link ClosingNarrative} do for the terminal.
 */
public final class MonthlyReport {
    private final MonthlyClosing closing;
    private final Labels labels;
    private final ClosingTables tables;
    private final Map<String, String> committeeNames;
    private final int year;
    private final int month;
    /** Whether last year was booked: without it the charts draw no last-year series of zeros. */
    private final boolean hasLastYear;
    /** The closing's year beyond its figures: balance requirement, goals, budget revision. */
    private final YearFollowUp followUp;

    private MonthlyReport(MonthlyClosing closing, Map<String, String> committeeNames, Language language,
                          YearFollowUp followUp) {
        this.closing = closing;
        this.followUp = java.util.Objects.requireNonNull(followUp, "followUp");
        this.labels = Labels.of(language);
        this.committeeNames = committeeNames;
        this.tables = new ClosingTables(closing, labels, committeeNames);
        this.year = closing.month().getYear();
        this.month = closing.month().getMonthValue();
        this.hasLastYear = LastYear.hasData(closing);
    }

    /**
     * Builds the report of a closing.
     *
     * @param closingId the closing's number in the store, named in the summary so a reader can find it
     * @param region the region, as its plan names it
     * @param committeeNames display names by committee code, in the report's language
     * @param metadata the closing's input fingerprint and engine version, and its time of closing
     */
    public static ReportDocument build(MonthlyClosing closing, long closingId, String region,
                                       Map<String, String> committeeNames, Language language,
                                       DocumentMetadata metadata) {
        return build(closing, closingId, region, committeeNames, language, metadata, YearFollowUp.NONE);
    }

    /**
     * Builds the report of a closing with the balance requirement of its year.
     *
     * @param year the balance requirement, the goals and the budget revision of the closing's year
     */
    public static ReportDocument build(MonthlyClosing closing, long closingId, String region,
                                       Map<String, String> committeeNames, Language language,
                                       DocumentMetadata metadata, YearFollowUp year) {
        MonthlyReport report = new MonthlyReport(closing, Map.copyOf(committeeNames), language, year);
        return report.document(closingId, region, language, metadata);
    }


    /** Finansiella mål: uppföljning — or that the plan has none for the year. */
    private Optional<Section> goalsSection() {
        return followUp.goals().map(g -> g.isEmpty()
                ? section("goals", List.of(labels.format("goals.followup.none", year)), List.of(), List.of())
                : section("goals", goalRules(g), List.of(GoalFollowUpTable.of(g, year, labels)), List.of()));
    }

    private List<String> goalRules(List<GoalFollowUp> g) {
        return GoalFollowUpTable.rules(g, labels);
    }

    /** Balanskravsresultat: prognos och återställande — or in words why the closing has none. */
    private Optional<Section> balanceRequirementSection() {
        if (followUp.balanceRequirement().isPresent()) {
            BalanceRequirementForecastTables t = new BalanceRequirementForecastTables(followUp.balanceRequirement().get(),
                    labels);
            return Optional.of(section("balance_requirement", t.narrative(NumberStyle.of(labels.language())),
                    List.of(t.statement(), t.restoration()), List.of(t.chart())));
        }
        return followUp.noBalanceRequirement().map(why -> section("balance_requirement",
                List.of(labels.format("bkr.forecast.missing", why)), List.of(), List.of()));
    }

    /** Balansräkning i sammandrag — or in words why the closing has none. */
    private Optional<Section> balanceSheetSection() {
        if (followUp.balanceSheet().isPresent()) {
            BalanceSheetTables t = new BalanceSheetTables(followUp.balanceSheet().get(), labels);
            return Optional.of(section("balance_sheet", t.narrative(), List.of(t.sheet(), t.reconciliation()),
                    List.of(t.chart())));
        }
        return followUp.noBalanceSheet().map(why -> section("balance_sheet",
                List.of(labels.format("bs.missing", why)), List.of(), List.of()));
    }

    /** Investeringar: outcome against budget per category, the forecast and självfinansieringsgrad — or why none. */
    private Optional<Section> investmentSection() {
        if (followUp.investments().isPresent()) {
            se.balans.reports.investment.InvestmentTables t = new se.balans.reports.investment.InvestmentTables(
                    followUp.investments().get(), labels);
            return Optional.of(section("investments", t.narrative(), t.tables(),
                    List.of(t.chart())));
        }
        return followUp.noInvestments().map(why -> section("investments",
                List.of(labels.format("inv.missing", why)), List.of(), List.of()));
    }

    /**
     * Prognosrunda: the forecast of record beside the computed proposal, the committees' forecasts, and in
     * words what each committee that submitted says, with its risks and actions.
     */
    private Optional<Section> forecastRoundSection() {
        return followUp.forecastRound().map(f -> {
            NumberStyle n = NumberStyle.of(labels.language());
            List<String> text = new ArrayList<>();
            for (se.balans.engine.forecast.ForecastRound.Line l : f.round().committees()) {
                l.submitted().ifPresent(s -> {
                    String name = committeeNames.getOrDefault(l.committee(), l.committee());
                    String verdict = s.deviation().isZero() ? "forecast.report.on_frame"
                            : s.deviation().isNegative() ? "forecast.report.deficit" : "forecast.report.surplus";
                    StringBuilder sb = new StringBuilder(labels.format(verdict, name, n.mnkr(s.deviation().abs(), 1)));
                    if (!s.comment().isBlank()) {
                        sb.append(' ').append(s.comment().strip());
                    }
                    s.risks().forEach(r -> sb.append(' ').append(labels.format("forecast.report.risk", r.description(),
                            n.mnkr(r.effect(), 1))));
                    s.actions().forEach(a -> sb.append(' ').append(labels.format("forecast.report.action",
                            a.description(), n.mnkr(a.effect(), 1))));
                    text.add(sb.toString());
                });
            }
            followUp.forecastRange().ifPresent(r -> text.add(0, se.balans.reports.forecast.ForecastRoundText.range(r,
                    labels)));
            se.balans.reports.forecast.ForecastRoundText.unrealised(f, labels).ifPresent(text::add);
            text.addAll(se.balans.reports.forecast.ForecastRoundText.notes(f));
            if (!followUp.forecastEvidence().isEmpty()) {
                text.add(labels.format("forecast.report.evidence", String.join("; ", followUp.forecastEvidence()
                        .stream().map(e -> labels.format("forecast.report.evidence.item",
                                committeeNames.getOrDefault(e.committee(), e.committee()), e.file(),
                                e.sha256().substring(0, 12), e.importedOn(), e.importedBy(), e.id())).toList())));
            }
            if (!f.round().missing().isEmpty()) {
                text.add(labels.format("forecast.report.missing", String.join(", ", f.round().missing().stream()
                        .map(c -> committeeNames.getOrDefault(c, c)).toList())));
            }
            List<Table> tables = new ArrayList<>(List.of(se.balans.reports.forecast.ForecastOfRecordTable.of(f, labels),
                    se.balans.reports.forecast.ForecastRoundTable.of(f.round(), committeeNames, labels)));
            followUp.forecastBridge().ifPresent(b -> tables.add(
                    se.balans.reports.forecast.ForecastBridgeTable.of(b, committeeNames, labels)));
            return section("forecast_round", text, tables, List.of());
        });
    }

    /** Kostnadsslag och nettokostnadsutveckling — or in words why the closing has none. */
    private Optional<Section> costTypesSection() {
        if (followUp.costTypes().isPresent()) {
            se.balans.reports.costtype.CostTypeTables t = new se.balans.reports.costtype.CostTypeTables(
                    followUp.costTypes().get(), closing.committees(), committeeNames, labels);
            return Optional.of(section("cost_types", t.narrative(), t.all(), t.chart().stream().toList()));
        }
        return followUp.noCostTypes().map(why -> section("cost_types", List.of(labels.format("costtype.missing", why)),
                List.of(), List.of()));
    }

    /** Personal: årsarbetare och sjukfrånvaro — or in words why there is no follow-up. */
    private Optional<Section> personnelSection() {
        if (followUp.personnel().isPresent()) {
            return Optional.of(new se.balans.reports.personnel.PersonnelTables(followUp.personnel().get(), labels,
                    committeeNames).section());
        }
        return followUp.noPersonnel().map(m -> se.balans.reports.personnel.PersonnelTables.missingSection(m, labels));
    }

    /** Prognossäkerhet, in a December closing: the year's rounds against its outcome. */
    private Optional<Section> forecastAccuracySection() {
        return followUp.forecastAccuracy().map(a -> {
            NumberStyle n = NumberStyle.of(labels.language());
            if (a.rounds().isEmpty()) {
                return section("forecast_accuracy", List.of(labels.format("forecast.accuracy.none", a.year())),
                        List.of(), List.of());
            }
            String text = labels.format(a.rounds().size() == 1 ? "forecast.accuracy.text_one" : "forecast.accuracy.text", a.year(), a.rounds().size(),
                    n.mnkr(a.meanAbsoluteResultDifference().orElseThrow(), 0), n.mnkr(a.outcomeResult(), 0),
                    n.mnkr(a.meanAbsoluteProposalResultDifference().orElseThrow(), 0));
            List<String> paragraphs = new ArrayList<>(List.of(text));
            se.balans.reports.forecast.ForecastAccuracyTable.bias(a, labels).ifPresent(paragraphs::add);
            return section("forecast_accuracy", paragraphs, List.of(
                    se.balans.reports.forecast.ForecastAccuracyTable.result(a, labels),
                    se.balans.reports.forecast.ForecastAccuracyTable.committees(a, committeeNames, labels)), List.of());
        });
    }

    private ReportDocument document(long closingId, String region, Language language, DocumentMetadata metadata) {
        List<Section> sections = new ArrayList<>();
        List<String> text = new ArrayList<>(List.of(ClosingNarrative.of(closing, labels, followUp.forecastRound()
                .flatMap(se.balans.engine.forecast.ForecastOfRecord::resultForYear)).split("\n\n")));
        LocalDate closedOn = LocalDate.ofInstant(metadata.timestamp(), ZoneOffset.UTC);
        text.add(labels.format("report.monthly.source", closingId, monthAndYear(), closedOn));
        followUp.budgetRevision().ifPresent(r -> text.add(BudgetRevisionTable.sentence(r, labels)));
        List<Table> summaryTables = new ArrayList<>(List.of(tables.summary()));
        followUp.budgetRevision().ifPresent(r -> summaryTables.add(BudgetRevisionTable.of(r, labels)));
        sections.add(section("summary", text, summaryTables, List.of(
                cumulativeChart(IncomeStatementLine.OPERATING_RESULT),
                cumulativeChart(IncomeStatementLine.RESULT_FOR_YEAR))));
        sections.add(section("income", List.of(), List.of(tables.resultStatement()), List.of(netCostChart())));
        sections.add(section("committees", List.of(), List.of(tables.committees()), deviationChart()));
        balanceRequirementSection().ifPresent(sections::add);
        goalsSection().ifPresent(sections::add);
        balanceSheetSection().ifPresent(sections::add);
        investmentSection().ifPresent(sections::add);
        costTypesSection().ifPresent(sections::add);
        personnelSection().ifPresent(sections::add);
        forecastRoundSection().ifPresent(sections::add);
        forecastAccuracySection().ifPresent(sections::add);
        List<Table> forecast = new ArrayList<>(List.of(tables.forecastBasis()));
        tables.backtest().ifPresent(forecast::add);
        sections.add(section("forecast", List.of(), forecast, List.of()));
        return new ReportDocument(labels.format("report.monthly.title", monthAndYear()), region, period(), language,
                metadata, sections);
    }

    private String monthAndYear() {
        return labels.format("closing.period", labels.get("month." + month), year);
    }

    /** "Januari–mars 2026"; "Januari 2026" for January alone. */
    private String period() {
        return month == 1 ? labels.format("report.monthly.period_january", year)
                : labels.format("report.monthly.period", labels.get("month." + month), year);
    }

    private Section section(String key, List<String> paragraphs, List<Table> tables, List<Chart> charts) {
        String title = labels.get("report.monthly.section." + key);
        String sheetKey = "report.monthly.sheet." + key;
        return new Section(title, labels.has(sheetKey) ? labels.get(sheetKey) : title, paragraphs, tables, charts);
    }

    /**
     * A result line month by month, cumulated: this year's outcome to the closed month (the months
     * to come are left empty, not drawn as zero), the periodised budget and last year's outcome.
     */
    private Chart cumulativeChart(IncomeStatementLine line) {
        MonthSeries s = closing.series(line);
        List<BigDecimal> actual = mnkr(MonthSeries.cumulative(s.actual())).subList(0, month);
        List<Chart.Series> series = new ArrayList<>();
        series.add(Chart.Series.partial(labels.format("report.monthly.chart.outcome", year), actual));
        if (hasLastYear) {
            series.add(new Chart.Series(labels.format("report.monthly.chart.outcome", year - 1),
                    mnkr(MonthSeries.cumulative(s.lastYear()))));
        }
        series.add(new Chart.Series(labels.format("report.monthly.chart.budget", year),
                mnkr(MonthSeries.cumulative(s.budget()))));
        return Chart.line(labels.format("report.monthly.chart.cumulative",
                        labels.line(StatementKind.INCOME_STATEMENT, line)),
                labels.get("label.month"), labels.get("label.mnkr"), monthLabels(), series);
    }

    /** Verksamhetens nettokostnader month by month, this year to the closed month against last year. */
    private Chart netCostChart() {
        MonthSeries s = closing.netCostSeries();
        List<Chart.Series> series = new ArrayList<>();
        series.add(Chart.Series.partial(String.valueOf(year), mnkr(s.actual()).subList(0, month)));
        if (hasLastYear) {
            series.add(new Chart.Series(String.valueOf(year - 1), mnkr(s.lastYear())));
        }
        return Chart.bar(labels.get("report.monthly.chart.net_cost"), labels.get("label.month"),
                labels.get("label.mnkr"), monthLabels(), series);
    }

    /**
     * Each committee's deviation from its periodised frame to date and its forecast deviation from
     * the annual frame, positive a surplus: the committees of the table, in its order.
     */
    /**
     * Each committee's deviation from its frame in percent of that frame — to date of the periodised frame, for the
     * year of the annual frame — so that a committee of 7 mnkr is as readable as one of 6 500 (in mnkr its bar
     * would not show). A committee without a frame is left out of the chart; the table beside it has it.
     */
    private List<Chart> deviationChart() {
        List<String> names = new ArrayList<>();
        List<BigDecimal> toDate = new ArrayList<>();
        List<BigDecimal> forecast = new ArrayList<>();
        for (String c : closing.committees()) {
            Measures m = closing.committeeNetCost(c);
            if (m.equals(Measures.ZERO) || m.budgetYtd().isZero() || m.budgetYear().isZero()) {
                continue;
            }
            names.add(committeeNames.getOrDefault(c, c));
            toDate.add(m.costDeviationYtd().ratioTo(m.budgetYtd().abs()).movePointRight(2));
            forecast.add(m.costForecastDeviation().ratioTo(m.budgetYear().abs()).movePointRight(2));
        }
        if (names.isEmpty()) {
            return List.of();
        }
        return List.of(Chart.bar(labels.get("report.monthly.chart.deviation"), labels.get("label.committee"),
                labels.get("report.monthly.chart.deviation_axis"), names, List.of(
                        new Chart.Series(labels.format("report.monthly.chart.deviation_ytd",
                                labels.get("month." + month)), toDate),
                        new Chart.Series(labels.get("report.monthly.chart.deviation_forecast"), forecast))));
    }

    private List<String> monthLabels() {
        return IntStream.rangeClosed(1, 12).mapToObj(m -> labels.get("month.short." + m)).toList();
    }

    private static List<BigDecimal> mnkr(List<Money> amounts) {
        return amounts.stream().map(Money::toMnkr).toList();
    }
}
