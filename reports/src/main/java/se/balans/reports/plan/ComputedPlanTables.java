package se.balans.reports.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

import se.balans.engine.money.Money;
import se.balans.engine.plan.drivers.BridgeLine;
import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.engine.plan.drivers.GrantPart;
import se.balans.engine.plan.drivers.PlanDrivers;
import se.balans.engine.plan.drivers.RequiredResult;
import se.balans.engine.plan.drivers.ScenarioComparison;
import se.balans.engine.plan.drivers.ScenarioOutcome;
import se.balans.engine.plan.drivers.SensitivityAnalysis;
import se.balans.engine.plan.drivers.TaxBaseForecast;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/**
 * The plan computed from its drivers, for people: the frame bridge by rule and year (indexuppräkning, PO-pålägg,
 * pensioner, avskrivningar, beslut), the least result each plan year needs to restore earlier deficits, the
 * scenarios side by side and the sensitivity table (känslighetsanalys). Figures from {@link ComputedPlanData}'s
 * model, in mnkr.
 */
public final class ComputedPlanTables {
    private final ComputedPlan plan;
    private final Labels labels;

    public ComputedPlanTables(ComputedPlan plan, Labels labels) {
        this.plan = plan;
        this.labels = labels;
    }

    private SortedSet<Integer> bridgeYears() {
        SortedSet<Integer> years = new TreeSet<>();
        plan.bridge().forEach(b -> years.add(b.year()));
        return years;
    }

    private static List<String> headers(SortedSet<Integer> years) {
        return years.stream().map(String::valueOf).toList();
    }

    /**
     * Budgetförutsättningar: the drivers each plan year is computed from — the price index, SKR's tax base and the tax
     * rate, the general grants, KPA's pension forecast, the interest on new borrowing — with their sources as notes,
     * so that the board reads what the plan assumes before what it gives.
     */
    public Table drivers() {
        PlanDrivers d = plan.drivers();
        SortedSet<Integer> years = new TreeSet<>();
        for (int y = d.firstYear(); y <= d.lastYear(); y++) {
            years.add(y);
        }
        Table.Builder b = Table.builder(labels.get("plan.compute.drivers.title"), "", headers(years));
        b.row(labels.get("plan.compute.drivers.index"), optionalCells(years, y -> d.index(y).map(i -> Cell.percent(i.index()))));
        b.row(labels.get("plan.compute.drivers.tax_base_growth"), optionalCells(years, y -> d.taxBase(y)
                .flatMap(TaxBaseForecast::growth).map(Cell::percent)));
        b.row(labels.get("plan.compute.drivers.tax_rate"), optionalCells(years, y -> d.taxBase(y)
                .map(t -> Cell.text(String.format(labels.locale(), "%.2f", t.taxRate())))));
        b.row(labels.get("plan.compute.drivers.tax_revenue"), optionalCells(years, y -> Optional.of(Cell.amount(
                plan.figures(y).taxRevenue()))));
        b.row(labels.get("plan.compute.drivers.grants"), optionalCells(years, y -> d.grants(y).isEmpty() ? Optional.empty()
                : Optional.of(Cell.amount(d.grants(y).stream().map(GrantPart::amount).reduce(Money.ZERO, Money::plus)))));
        b.row(labels.get("plan.compute.drivers.pensions"), optionalCells(years, y -> d.pensions(y)
                .map(p -> Cell.amount(p.operating().plus(p.financial())))));
        b.row(labels.get("plan.compute.drivers.new_rate"), optionalCells(years, y -> d.financing().stream()
                .filter(f -> f.year() == y).findFirst().map(f -> Cell.percent(f.newRate()))));
        List<String> sources = new ArrayList<>();
        sources.add(sources(labels.get("plan.compute.drivers.index"), d.index(), i -> i.year(), i -> i.source()));
        sources.add(sources(labels.get("plan.compute.drivers.tax_base_growth"), d.taxBase(), t -> t.year(),
                t -> t.forecast() + ", " + t.source()));
        sources.add(sources(labels.get("plan.compute.drivers.pensions"), d.pensions(), p -> p.year(), p -> p.source()));
        b.note(labels.get("plan.compute.drivers.sources") + " " + String.join(" ", sources));
        return b.build();
    }

    /** "Label: 2025 source A; 2026, 2027 source B." — each distinct source once, with the years it is for. */
    private static <T> String sources(String label, List<T> items, java.util.function.ToIntFunction<T> year,
                                      Function<T, String> source) {
        java.util.Map<String, List<String>> years = new java.util.LinkedHashMap<>();
        for (T t : items) {
            years.computeIfAbsent(source.apply(t), k -> new ArrayList<>()).add(String.valueOf(year.applyAsInt(t)));
        }
        List<String> parts = new ArrayList<>();
        years.forEach((src, ys) -> parts.add(String.join(", ", ys) + " " + src));
        return label + ": " + String.join("; ", parts) + ".";
    }

    private static List<Cell> optionalCells(SortedSet<Integer> years, IntFunction<Optional<Cell>> cell) {
        List<Cell> out = new ArrayList<>();
        for (int y : years) {
            out.add(cell.apply(y).orElse(Cell.EMPTY));
        }
        return out;
    }

    /** Last year's frames, each rule's change summed over the committees, this year's frames. */
    public Table bridge() {
        SortedSet<Integer> years = bridgeYears();
        Table.Builder b = Table.builder(labels.get("plan.compute.bridge.title"), labels.get("label.mnkr"),
                headers(years));
        b.row(labels.get("plan.compute.bridge.opening"), cells(years, y -> plan.plan().frameTotal(y - 1)));
        for (BridgeLine.Rule rule : BridgeLine.Rule.values()) {
            if (plan.bridge().stream().anyMatch(l -> l.rule() == rule)) {
                b.row(labels.get("plan.compute.rule." + rule.code()), cells(years, y -> plan.bridge(y).stream()
                        .filter(l -> l.rule() == rule).map(BridgeLine::amount).reduce(Money.ZERO, Money::plus)));
            }
        }
        b.row(labels.get("plan.compute.bridge.closing"), cells(years, y -> plan.plan().frameTotal(y)));
        return b.build();
    }

    /** Per plan year: the result, the balanskravsresultat, what the restoration requires, and any shortfall. */
    public Table required() {
        SortedSet<Integer> years = new TreeSet<>();
        plan.required().forEach(r -> years.add(r.year()));
        Table.Builder b = Table.builder(labels.get("plan.compute.required.title"), labels.get("label.mnkr"),
                headers(years));
        b.row(labels.get("plan.compute.required.result"), cells(years, y -> req(y).result()));
        b.row(labels.get("plan.compute.required.bkr"), cells(years, y -> req(y).balanceRequirementResult()));
        b.row(labels.get("plan.compute.required.required_bkr"), cells(years, y -> req(y).requiredBalanceRequirementResult()));
        b.row(labels.get("plan.compute.required.least_result"), cells(years, y -> req(y).leastResult()));
        List<Cell> shortfall = new ArrayList<>();
        for (int y : years) {
            shortfall.add(Cell.unfavourableWhenPositive(req(y).shortfall()));
        }
        b.row(labels.get("plan.compute.required.shortfall"), shortfall);
        return b.build();
    }

    private RequiredResult req(int year) {
        return plan.required(year).orElseThrow();
    }

    /** The scenarios in the comparison's order, the plan first. */
    private static List<String> scenarioNames(ScenarioComparison comparison) {
        return comparison.outcomes().stream().map(ScenarioOutcome::scenario).distinct().toList();
    }

    /** One figure of every scenario, year by year. */
    public Table scenarios(ScenarioComparison comparison, String metric, Function<ScenarioOutcome, Money> figure) {
        SortedSet<Integer> years = new TreeSet<>();
        comparison.outcomes().forEach(o -> years.add(o.year()));
        List<String> names = scenarioNames(comparison);
        Table.Builder b = Table.builder(labels.get("plan.compute.scenarios." + metric), labels.get("label.mnkr"),
                headers(years));
        for (String name : names) {
            List<Cell> cells = new ArrayList<>();
            for (int y : years) {
                cells.add(comparison.scenario(name).stream().filter(o -> o.year() == y).findFirst()
                        .map(o -> Cell.amount(figure.apply(o))).orElse(Cell.EMPTY));
            }
            b.row(ScenarioComparison.PLAN.equals(name) ? labels.get("plan.compute.scenarios.plan") : name, cells);
        }
        return b.build();
    }

    /**
     * Soliditet (including the pension commitments where the plan has them) and how many of the year's financial goals
     * each scenario meets, year by year.
     */
    public Table scenarioGoals(ScenarioComparison comparison) {
        SortedSet<Integer> years = new TreeSet<>();
        comparison.outcomes().forEach(o -> years.add(o.year()));
        List<String> names = scenarioNames(comparison);
        Table.Builder b = Table.builder(labels.get("plan.compute.scenarios.goals"), "", headers(years));
        for (String name : names) {
            String shown = ScenarioComparison.PLAN.equals(name) ? labels.get("plan.compute.scenarios.plan") : name;
            List<Cell> ratio = new ArrayList<>();
            List<Cell> goals = new ArrayList<>();
            for (int y : years) {
                Optional<ScenarioOutcome> o = comparison.scenario(name).stream().filter(x -> x.year() == y).findFirst();
                ratio.add(o.flatMap(x -> x.equityRatioInclPensionCommitments().or(x::equityRatio)).map(Cell::percent)
                        .orElse(Cell.EMPTY));
                goals.add(o.filter(x -> x.goalsEvaluated() > 0).map(x -> Cell.text(labels.format(
                        "plan.compute.scenarios.goals_met", x.goalsMet(), x.goalsEvaluated()))).orElse(Cell.EMPTY));
            }
            b.row(labels.format("plan.compute.scenarios.equity_ratio", shown), ratio);
            b.row(labels.format("plan.compute.scenarios.goals_row", shown), goals);
        }
        return b.build();
    }

    /** Känslighetsanalys: each driver's effect on the result, year by year (positive improves it). */
    public Table sensitivity(SensitivityAnalysis analysis) {
        SortedSet<Integer> years = new TreeSet<>();
        analysis.rows().forEach(r -> years.addAll(r.effect().keySet()));
        Table.Builder b = Table.builder(labels.get("plan.compute.sensitivity.title"), labels.get("label.mnkr"),
                headers(years));
        for (SensitivityAnalysis.Row r : analysis.rows()) {
            b.row(labels.get("plan.compute.sensitivity." + r.driver().code().toLowerCase(Locale.ROOT)),
                    cells(years, r::effect));
        }
        return b.build();
    }

    private static List<Cell> cells(SortedSet<Integer> years, Function<Integer, Money> figure) {
        List<Cell> out = new ArrayList<>();
        for (int y : years) {
            out.add(Cell.amount(figure.apply(y)));
        }
        return out;
    }
}
