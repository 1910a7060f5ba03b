package se.balans.engine.investment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.engine.InvalidInputException;
import se.balans.engine.investment.InvestmentFollowUp.Forecast;
import se.balans.engine.investment.InvestmentFollowUp.ForecastBasis;
import se.balans.engine.ledger.LedgerObjectAmount;
import se.balans.engine.money.Money;

/**
 * Investments per project (investeringsprojekt) of a closed month: each project's net investments in the
 * month and the year to date against its budget and carry-over, its full-year forecast and deviation —
 * the same {@link InvestmentFigures} and the same forecast rule as a category's.
 *
 * <p>The rules, each once:
 * <ul>
 * <li><b>A project's investments</b> are the net debit movements, on the accounts the investment mapping
 * places in a category (any category), of the ledger rows that carry the project's object in the
 * register's dimension. A project's operating costs (rows on other accounts) are no investment.</li>
 * <li><b>Its budget</b> is the sum of the budget rows that name it, plus the carry-overs that name it;
 * such a row must name a registered project and that project's category, or the follow-up is refused.</li>
 * <li><b>Its forecast</b> follows the category's rule: the outcome in December, else a forecast given
 * for the project, else the budget's pace.</li>
 * <li><b>An object nobody registered</b> that carries investments is shown under its code and flagged,
 * never dropped or merged into another line.</li>
 * <li><b>Without a project</b>: the investments, budget and forecast no project carries are the total's
 * less the projects', so that the table ties to the category follow-up's total.</li>
 * </ul>
 * A registered project with nothing in the year (no investments, budget, carry-over or forecast given) is
 * left out: the register also lists finished projects.
 *
 * @param dimension      the ledger's project dimension
 * @param projects       the projects with something in the year: registered ones in the register's order,
 *                       then unregistered objects by code
 * @param withoutProject the total's figures less the projects'
 */
public record InvestmentProjectFollowUp(String dimension, List<Line> projects, InvestmentFigures withoutProject) {

    /** The register and the ledger's movements in its dimension: what the project follow-up reads. */
    public record Inputs(InvestmentProjects register, List<LedgerObjectAmount> amounts) {
        public Inputs {
            Objects.requireNonNull(register, "register");
            amounts = List.copyOf(amounts);
            for (LedgerObjectAmount a : amounts) {
                if (!a.dimension().equals(register.dimension())) {
                    throw new IllegalArgumentException("the ledger's amounts of dimension " + a.dimension()
                            + " are no project amounts: the register's dimension is " + register.dimension());
                }
            }
        }
    }

    /**
     * One project followed up.
     *
     * @param code          the object's code
     * @param registered    the project as registered; empty for an object the register does not know (flagged)
     * @param category      the category it is shown under: the registered one, else the category of most of its
     *                      investments
     * @param forecastGiven the forecast given, when the basis is {@link ForecastBasis#GIVEN}
     */
    public record Line(String code, Optional<InvestmentProject> registered, String category, InvestmentFigures figures,
                       ForecastBasis forecastBasis, Optional<InvestmentForecastInput> forecastGiven) {
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(registered, "registered");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(figures, "figures");
            Objects.requireNonNull(forecastBasis, "forecastBasis");
            Objects.requireNonNull(forecastGiven, "forecastGiven");
        }

        /** The name in Swedish or English; the code of an unregistered object. */
        public String name(boolean english) {
            return registered.map(p -> english ? p.englishName() : p.name()).orElse(code);
        }
    }

    public InvestmentProjectFollowUp {
        Objects.requireNonNull(dimension, "dimension");
        projects = List.copyOf(projects);
        Objects.requireNonNull(withoutProject, "withoutProject");
    }

    /** The objects carrying investments that the register does not know. */
    public List<Line> unregistered() {
        return projects.stream().filter(l -> l.registered().isEmpty()).toList();
    }

    /**
     * @param total the category follow-up's total, which the projects and what is left without one sum to
     * @throws InvalidInputException when a budget, carry-over or forecast names a project the register does not
     *                               know, or another category than the project's
     */
    static InvestmentProjectFollowUp of(Inputs inputs, InvestmentMapping mapping, YearMonth month,
                                        List<InvestmentBudget> budgets, List<InvestmentCarryOver> carryOvers,
                                        List<InvestmentForecastInput> forecasts, InvestmentFigures total) {
        InvestmentProjects register = inputs.register();
        for (InvestmentProject p : register.projects()) {
            InvestmentFollowUp.requireCategory(mapping, p.category(), "project register");
        }
        int year = month.getYear();
        Map<String, Money> ytd = new HashMap<>();
        Map<String, Money> inMonth = new HashMap<>();
        Map<String, Map<String, Money>> byCategory = new HashMap<>();
        for (LedgerObjectAmount a : inputs.amounts()) {
            if (a.period().getYear() != year || a.period().isAfter(month)) {
                continue;
            }
            Optional<String> category = mapping.categoryOf(a.account());
            if (category.isEmpty()) {
                continue;
            }
            ytd.merge(a.object(), a.amount(), Money::plus);
            byCategory.computeIfAbsent(a.object(), k -> new TreeMap<>()).merge(category.get(), a.amount(), Money::plus);
            if (a.period().equals(month)) {
                inMonth.merge(a.object(), a.amount(), Money::plus);
            }
        }
        Map<String, Money> budget = new HashMap<>();
        for (InvestmentBudget b : budgets) {
            if (b.project().isPresent()) {
                requireProject(register, b.project().get(), b.category(), "budget of " + b.year());
                if (b.year() == year) {
                    budget.merge(b.project().get(), b.amount(), Money::plus);
                }
            }
        }
        Map<String, Money> carried = new HashMap<>();
        for (InvestmentCarryOver c : carryOvers) {
            if (c.project().isPresent()) {
                requireProject(register, c.project().get(), c.category(), "carry-over into " + c.toYear());
                if (c.toYear() == year) {
                    carried.merge(c.project().get(), c.amount(), Money::plus);
                }
            }
        }
        forecasts.stream().filter(f -> f.project().isPresent()).forEach(f ->
                requireProject(register, f.project().get(), f.category(), "forecast of " + f.month()));
        Map<String, InvestmentForecastInput> given = InvestmentFollowUp.latestGiven(forecasts, month,
                InvestmentForecastInput::project, code -> "the project " + code);
        int left = InvestmentFollowUp.monthsLeft(month);
        Map<String, Line> lines = new LinkedHashMap<>();
        for (InvestmentProject p : register.projects()) {
            String code = p.code();
            if (!ytd.containsKey(code) && !budget.containsKey(code) && !carried.containsKey(code)
                    && !given.containsKey(code)) {
                continue;
            }
            lines.put(code, line(code, Optional.of(p), p.category(), inMonth, ytd, budget, carried, given, left));
        }
        new TreeMap<>(ytd).keySet().stream().filter(code -> register.project(code).isEmpty()).forEach(code ->
                lines.put(code, line(code, Optional.empty(), largest(byCategory.get(code)), inMonth, ytd, budget,
                        carried, given, left)));
        InvestmentFigures projects = InvestmentFigures.sum(lines.values().stream().map(Line::figures).toList());
        InvestmentFigures without = new InvestmentFigures(total.month().minus(projects.month()),
                total.yearToDate().minus(projects.yearToDate()), total.budget().minus(projects.budget()),
                total.carriedIn().minus(projects.carriedIn()), total.forecast().minus(projects.forecast()));
        return new InvestmentProjectFollowUp(register.dimension(), List.copyOf(lines.values()), without);
    }

    private static Line line(String code, Optional<InvestmentProject> registered, String category,
                             Map<String, Money> inMonth, Map<String, Money> ytd, Map<String, Money> budget,
                             Map<String, Money> carried, Map<String, InvestmentForecastInput> given, int left) {
        Money toDate = ytd.getOrDefault(code, Money.ZERO);
        Money adopted = budget.getOrDefault(code, Money.ZERO);
        Money in = carried.getOrDefault(code, Money.ZERO);
        Forecast forecast = Forecast.of(toDate, adopted.plus(in), left, Optional.ofNullable(given.get(code)));
        return new Line(code, registered, category, new InvestmentFigures(inMonth.getOrDefault(code, Money.ZERO),
                toDate, adopted, in, forecast.amount()), forecast.basis(), forecast.given());
    }

    /** The category with the largest investments (by absolute amount; the first in code order on a tie). */
    private static String largest(Map<String, Money> byCategory) {
        String best = null;
        for (Map.Entry<String, Money> e : byCategory.entrySet()) {
            if (best == null || e.getValue().abs().compareTo(byCategory.get(best).abs()) > 0) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static void requireProject(InvestmentProjects register, String code, String category, String what) {
        Optional<InvestmentProject> p = register.project(code);
        if (p.isEmpty()) {
            throw new InvalidInputException("project", null, "the investment " + what + " names the project " + code
                    + ", which the project register does not know");
        }
        if (!p.get().category().equals(category)) {
            throw new InvalidInputException("category", null, "the investment " + what + " places the project "
                    + code + " in " + category + ", but the project register places it in " + p.get().category());
        }
    }
}
