package se.balans.reports.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;

import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.engine.money.Money;
import se.balans.engine.plan.BudgetFrame;
import se.balans.engine.plan.FrameBridge;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.InvestmentPlanYear;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.engine.plan.drivers.ScenarioComparison;
import se.balans.engine.plan.drivers.ScenarioOutcome;
import se.balans.engine.plan.drivers.SensitivityAnalysis;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.balancerequirement.BalanceRequirementTables;
import se.balans.reports.chart.Chart;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * The plan report (regionplan) for a plan year as a document: key figures, the frames per
 * committee with the bridge from the year before, the result, balance and cash-flow budgets, the
 * investments and depreciation, the financial goals with their verdicts and the balance-requirement
 * restoration schedule with its deadlines.
 *
 * <p>Every figure comes from the engine ({@link RegionalPlan}, {@link FrameBridge},
 * {@link RestorationSchedule}); this class only chooses what goes where and in which words.
 */
public final class PlanReport {
    private final RegionalPlan plan;
    private final Optional<RestorationSchedule> schedule;
    private final int year;
    private final Labels labels;
    private final PlanTables tables;
    private final Optional<Computed> computed;

    /** The plan computed from its drivers, to be shown beside the plan as adopted. */
    public record Computed(ComputedPlan plan, ScenarioComparison scenarios, SensitivityAnalysis sensitivity) {
        public Computed {
            java.util.Objects.requireNonNull(plan, "plan");
            java.util.Objects.requireNonNull(scenarios, "scenarios");
            java.util.Objects.requireNonNull(sensitivity, "sensitivity");
        }
    }

    private PlanReport(RegionalPlan plan, Optional<RestorationSchedule> schedule, int year, Language language,
                       Optional<Computed> computed) {
        this.plan = plan;
        this.schedule = schedule;
        this.year = year;
        this.labels = Labels.of(language);
        this.tables = new PlanTables(plan, labels);
        this.computed = computed;
    }

    /**
     * Builds the report for {@code year}.
     *
     * @param schedule the restoration schedule from the balance-requirement history, if one was given
     * @throws IllegalArgumentException if the plan has no frames or result budget for the year
     */
    public static ReportDocument build(RegionalPlan plan, Optional<RestorationSchedule> schedule, int year,
                                       Language language, DocumentMetadata metadata) {
        return build(plan, schedule, year, language, metadata, Optional.empty());
    }

    /**
     * Builds the report for {@code year}, with a last part on the plan computed from its drivers when given: the
     * assumptions and their sources, the frame bridge by rule, the least result each plan year needs, the scenarios
     * and the sensitivity table.
     */
    public static ReportDocument build(RegionalPlan plan, Optional<RestorationSchedule> schedule, int year,
                                       Language language, DocumentMetadata metadata, Optional<Computed> computed) {
        if (plan.incomeStatement(year).isEmpty() && plan.frames(year).isEmpty()) {
            throw new IllegalArgumentException("the plan has no result budget and no frames for " + year);
        }
        return new PlanReport(plan, schedule, year, language, computed).document(language, metadata);
    }

    private ReportDocument document(Language language, DocumentMetadata metadata) {
        List<Section> sections = new ArrayList<>();
        sections.add(section("summary", List.of(tables.summary()), List.of()));
        if (!plan.frames(year).isEmpty()) {
            List<Chart> charts = new ArrayList<>();
            plan.frameBridge(year).ifPresent(b -> charts.add(bridgeChart(b)));
            charts.add(framesChart());
            sections.add(section("frames", List.of(tables.frames(year)), charts));
        }
        if (!plan.incomeStatements().isEmpty()) {
            sections.add(section("income", List.of(tables.incomeStatement()), List.of(resultChart())));
        }
        if (!plan.balanceSheets().isEmpty()) {
            sections.add(section("balance", List.of(tables.balanceSheet()), List.of()));
        }
        if (!plan.cashFlows().isEmpty()) {
            sections.add(section("cashflow", List.of(tables.cashFlow()), List.of(cashChart())));
        }
        if (!plan.investmentPlan().isEmpty()) {
            sections.add(section("investments", List.of(tables.investments()), List.of(investmentChart())));
        }
        if (!plan.goals(year).isEmpty()) {
            sections.add(section("goals", List.of(tables.goals(year)), List.of()));
        }
        schedule.ifPresent(s -> {
            BalanceRequirementTables bt = new BalanceRequirementTables(s, labels);
            sections.add(section("bkr", List.of(bt.statement(), bt.restoration()), unrestoredChart(s)));
        });
        computed.ifPresent(c -> {
            ComputedPlanTables ct = new ComputedPlanTables(c.plan(), labels);
            sections.add(section("computed", List.of(ct.drivers(), ct.bridge(), ct.required()), List.of()));
            sections.add(section("scenarios", List.of(
                    ct.scenarios(c.scenarios(), "result", ScenarioOutcome::result),
                    ct.scenarios(c.scenarios(), "bkr", ScenarioOutcome::balanceRequirementResult),
                    ct.scenarioGoals(c.scenarios()), ct.sensitivity(c.sensitivity())), List.of()));
        });
        return new ReportDocument(labels.format("report.plan.title", year), plan.region(), period(), language,
                metadata, sections);
    }

    private String period() {
        SortedSet<Integer> later = plan.years().tailSet(year + 1);
        return later.isEmpty() ? labels.format("report.plan.period_budget_only", year)
                : labels.format("report.plan.period", year, later.first(), later.last());
    }

    /** A section whose sheet name is its own short label where the title is too long for a tab. */
    private Section section(String key, List<Table> tables, List<Chart> charts) {
        String title = labels.get("report.plan.section." + key);
        String sheetKey = "report.plan.sheet." + key;
        String sheet = labels.has(sheetKey) ? labels.get(sheetKey) : title;
        return new Section(title, sheet, tables, charts);
    }

    private Chart bridgeChart(FrameBridge bridge) {
        List<FrameChangeKind> kinds = PlanTables.kindsUsed(bridge);
        return Chart.waterfall(labels.format("report.plan.chart.bridge", year - 1, year), labels.get("label.mnkr"),
                labels.format("plan.bridge.opening", year - 1), mnkr(bridge.totalOpening()),
                kinds.stream().map(k -> labels.get("kind." + k.code())).toList(),
                kinds.stream().map(k -> mnkr(bridge.total(k))).toList(),
                labels.format("plan.bridge.closing", year), mnkr(bridge.totalClosing()),
                labels.get("plan.frame_total"));
    }

    private Chart framesChart() {
        List<BudgetFrame> frames = plan.frames(year);
        return Chart.bar(labels.format("report.plan.chart.frames", year), labels.get("label.committee"),
                labels.get("label.mnkr"),
                frames.stream().map(f -> labels.committee(plan.committee(f.committee()).orElseThrow())).toList(),
                List.of(new Chart.Series(labels.format("plan.bridge.closing", year),
                        frames.stream().map(f -> mnkr(f.amount())).toList())));
    }

    private Chart resultChart() {
        List<Integer> years = List.copyOf(plan.incomeStatements().keySet());
        return Chart.line(labels.get("report.plan.chart.results"), labels.get("label.year"), labels.get("label.mnkr"),
                years(years), List.of(
                        incomeSeries(years, IncomeStatementLine.OPERATING_RESULT),
                        incomeSeries(years, IncomeStatementLine.RESULT_FOR_YEAR)));
    }

    private Chart.Series incomeSeries(List<Integer> years, IncomeStatementLine line) {
        return series(labels.line(StatementKind.INCOME_STATEMENT, line), years,
                y -> plan.incomeStatement(y).orElseThrow().value(line));
    }

    private Chart cashChart() {
        List<Integer> years = List.copyOf(plan.cashFlows().keySet());
        return Chart.bar(labels.get("report.plan.chart.cash"), labels.get("label.year"), labels.get("label.mnkr"),
                years(years), List.of(series(labels.line(StatementKind.CASH_FLOW, CashFlowLine.CLOSING_CASH), years,
                        y -> plan.cashFlow(y).orElseThrow().value(CashFlowLine.CLOSING_CASH))));
    }

    private Chart investmentChart() {
        List<InvestmentPlanYear> inv = plan.investmentPlan();
        List<Integer> years = inv.stream().map(InvestmentPlanYear::year).toList();
        return Chart.bar(labels.get("report.plan.chart.investments"), labels.get("label.year"),
                labels.get("label.mnkr"), years(years), List.of(
                        new Chart.Series(labels.get("plan.investments.frame"),
                                inv.stream().map(i -> mnkr(i.investmentFrame())).toList()),
                        new Chart.Series(labels.get("plan.investments.depreciation"),
                                inv.stream().map(i -> mnkr(i.depreciation())).toList())));
    }

    /** The unrestored deficit at each year end, stacked by the year it arose in; none if there never was one. */
    private List<Chart> unrestoredChart(RestorationSchedule s) {
        if (s.originYears().isEmpty()) {
            return List.of();
        }
        List<Integer> years = s.years().stream().map(RestorationYear::year).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (int origin : s.originYears()) {
            series.add(new Chart.Series(labels.format("report.plan.chart.unrestored_series", origin,
                    RestorationSchedule.deadline(origin)),
                    s.years().stream().map(y -> mnkr(y.unrestoredFrom(origin))).toList()));
        }
        return List.of(Chart.stackedBar(labels.get("report.plan.chart.unrestored"), labels.get("label.year"),
                labels.get("label.mnkr"), years(years), series));
    }

    private Chart.Series series(String name, List<Integer> years, Function<Integer, Money> value) {
        return new Chart.Series(name, years.stream().map(y -> mnkr(value.apply(y))).toList());
    }

    private static List<String> years(List<Integer> years) {
        return years.stream().map(String::valueOf).toList();
    }

    private static BigDecimal mnkr(Money m) {
        return m.toMnkr();
    }
}
