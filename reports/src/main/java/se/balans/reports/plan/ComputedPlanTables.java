package se.balans.reports.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import se.balans.engine.money.Money;
import se.balans.engine.plan.drivers.BridgeLine;
import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.engine.plan.drivers.RequiredResult;
import se.balans.engine.plan.drivers.ScenarioComparison;
import se.balans.engine.plan.drivers.ScenarioOutcome;
import se.balans.engine.plan.drivers.SensitivityAnalysis;
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

    /** One figure of every scenario, year by year. */
    public Table scenarios(ScenarioComparison comparison, String metric, Function<ScenarioOutcome, Money> figure) {
        SortedSet<Integer> years = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (ScenarioOutcome o : comparison.outcomes()) {
            years.add(o.year());
            if (!names.contains(o.scenario())) {
                names.add(o.scenario());
            }
        }
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
