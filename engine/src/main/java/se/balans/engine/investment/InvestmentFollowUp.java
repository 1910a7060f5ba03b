package se.balans.engine.investment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import se.balans.engine.InvalidInputException;
import se.balans.engine.balancesheet.BalanceSheetMapping;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;

/**
 * Investeringsuppföljning of a closed month: per category and in total, the month's and the year's
 * net investments against the year's budget (as adopted plus what was carried in from last year), the
 * budget remaining, the full-year forecast and its deviation from the budget, and the
 * självfinansieringsgrad to date and for the forecast year.
 *
 * <p>The rules, each once:
 * <ul>
 * <li><b>Investments</b> are the net debit movements (debit less credit) of the accounts
 * {@link InvestmentMapping} places in a category, in the month and in the year through it. An
 * account the balance sheet places on anläggningstillgångar that the investment mapping does not
 * place (in a category or excluded), and an account placed in a category that is not a fixed asset,
 * refuse the follow-up, naming every one.</li>
 * <li><b>The year's budget</b> of a category is the sum of its budget rows for the year plus the
 * carry-overs decided into the year (ombudgetering). A year without a budget row refuses.</li>
 * <li><b>The forecast</b> ({@link ForecastBasis}): in the year's last month, the outcome. Otherwise a
 * forecast given for the category at the month's closing or an earlier one of the year (the latest),
 * else the rule {@link ForecastBasis#BUDGET_PACE}: the outcome to date plus the year's budget at an even
 * pace for the months that are left, {@code ytd + budget × (12 − m) / 12}.</li>
 * <li><b>The deviation</b> is the year's budget less the forecast: positive under budget.</li>
 * <li><b>Självfinansieringsgrad</b> = (årets resultat + avskrivningar) / nettoinvesteringar, to date
 * and for the forecast year; none when the net investments are zero or negative.</li>
 * </ul>
 *
 * @param month              the closed month
 * @param categories         per category, in the mapping's order
 * @param total              the categories summed
 * @param funds              the result and depreciation the self-financing is computed from
 * @param selfFinancingYtd   självfinansieringsgrad to date, as a fraction
 * @param selfFinancingYear  självfinansieringsgrad of the forecast year, as a fraction
 * @param projects           per project, when the workspace keeps a project register
 */
public record InvestmentFollowUp(YearMonth month, List<CategoryFollowUp> categories, InvestmentFigures total,
                                 ResultAndDepreciation funds, Optional<BigDecimal> selfFinancingYtd,
                                 Optional<BigDecimal> selfFinancingYear,
                                 Optional<InvestmentProjectFollowUp> projects) {

    /** Months in the fiscal year (a region's is the calendar year, LKBR 3 kap. 1 §). */
    private static final int MONTHS = 12;

    /** Where a category's full-year forecast comes from. */
    public enum ForecastBasis {
        /** The outcome to date plus the year's budget at an even pace for the months left. */
        BUDGET_PACE("budget_pace"),
        /** Given for the category (investment-forecast.csv). */
        GIVEN("given"),
        /** The year's last month: the outcome is the year's. */
        OUTCOME("outcome");

        private final String code;

        ForecastBasis(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One category followed up.
     *
     * @param forecastBasis  where its forecast comes from
     * @param forecastGiven  the forecast given, when the basis is {@link ForecastBasis#GIVEN}
     * @param accountsYtd    the net investments of the year to date per account, for tracing
     * @param carryOvers     the decisions that carried budget into the year, whose sum is the figures' carried in
     */
    public record CategoryFollowUp(InvestmentCategory category, InvestmentFigures figures, ForecastBasis forecastBasis,
                                   Optional<InvestmentForecastInput> forecastGiven, SortedMap<String, Money> accountsYtd,
                                   List<InvestmentCarryOver> carryOvers) {
        public CategoryFollowUp {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(figures, "figures");
            Objects.requireNonNull(forecastBasis, "forecastBasis");
            Objects.requireNonNull(forecastGiven, "forecastGiven");
            if (forecastGiven.isPresent() != (forecastBasis == ForecastBasis.GIVEN)) {
                throw new IllegalArgumentException("a given forecast goes with the basis given, and only with it");
            }
            accountsYtd = Collections.unmodifiableSortedMap(new TreeMap<>(accountsYtd));
            carryOvers = List.copyOf(carryOvers);
        }
    }

    public InvestmentFollowUp {
        Objects.requireNonNull(month, "month");
        categories = List.copyOf(categories);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(funds, "funds");
        Objects.requireNonNull(selfFinancingYtd, "selfFinancingYtd");
        Objects.requireNonNull(selfFinancingYear, "selfFinancingYear");
        Objects.requireNonNull(projects, "projects");
    }

    /**
     * @param mapping      which accounts are investments, in which category
     * @param balanceSheet which accounts are fixed assets: those it places on anläggningstillgångar
     * @param amounts      the ledger's monthly movements, any months (the month's year through it is used)
     * @param budgets      investment budgets, any years
     * @param carryOvers   decided carry-overs, any years
     * @param forecasts    forecasts given per category, any months
     * @param funds        årets resultat and avskrivningar, to date and forecast, from the month's closing
     * @throws InvalidInputException naming unplaced fixed-asset accounts, investment accounts that are not
     *                               fixed assets, an unknown category, or a year without a budget
     */
    public static InvestmentFollowUp of(InvestmentMapping mapping, BalanceSheetMapping balanceSheet,
                                        List<LedgerAmount> amounts, YearMonth month, List<InvestmentBudget> budgets,
                                        List<InvestmentCarryOver> carryOvers, List<InvestmentForecastInput> forecasts,
                                        ResultAndDepreciation funds) {
        return of(mapping, balanceSheet, amounts, month, budgets, carryOvers, forecasts, funds, Optional.empty());
    }

    /**
     * As {@link #of(InvestmentMapping, BalanceSheetMapping, List, YearMonth, List, List, List, ResultAndDepreciation)},
     * and per project ({@link InvestmentProjectFollowUp}) when the project register and the ledger's movements
     * in its dimension are given.
     *
     * @throws InvalidInputException also when a budget, carry-over or forecast names an unregistered project
     *                               or another category than the project's
     */
    public static InvestmentFollowUp of(InvestmentMapping mapping, BalanceSheetMapping balanceSheet,
                                        List<LedgerAmount> amounts, YearMonth month, List<InvestmentBudget> budgets,
                                        List<InvestmentCarryOver> carryOvers, List<InvestmentForecastInput> forecasts,
                                        ResultAndDepreciation funds,
                                        Optional<InvestmentProjectFollowUp.Inputs> projects) {
        int year = month.getYear();
        Map<String, Money> ytd = new HashMap<>();
        Map<String, Money> inMonth = new HashMap<>();
        Map<String, SortedMap<String, Money>> byAccount = new HashMap<>();
        SortedSet<String> unplaced = new TreeSet<>();
        SortedSet<String> notFixed = new TreeSet<>();
        for (LedgerAmount a : amounts) {
            if (a.period().getYear() != year || a.period().isAfter(month)) {
                continue;
            }
            boolean fixedAsset = balanceSheet.accounts().lookup(a.account())
                    .flatMap(BalanceSheetMapping.Target::line).filter(l -> l == BalanceSheetLine.FIXED_ASSETS).isPresent();
            Optional<String> category = mapping.categoryOf(a.account());
            if (fixedAsset && !mapping.places(a.account())) {
                unplaced.add(a.account());
            } else if (category.isPresent() && !fixedAsset) {
                notFixed.add(a.account());
            }
            if (category.isEmpty()) {
                continue;
            }
            ytd.merge(category.get(), a.amount(), Money::plus);
            byAccount.computeIfAbsent(category.get(), k -> new TreeMap<>()).merge(a.account(), a.amount(), Money::plus);
            if (a.period().equals(month)) {
                inMonth.merge(category.get(), a.amount(), Money::plus);
            }
        }
        refuseUnplaced(year, unplaced, notFixed);
        Map<String, Money> budget = budgetOf(mapping, budgets, year);
        Map<String, Money> carried = new HashMap<>();
        Map<String, List<InvestmentCarryOver>> decisions = new HashMap<>();
        for (InvestmentCarryOver c : carryOvers) {
            requireCategory(mapping, c.category(), "carry-over");
            if (c.toYear() == year) {
                carried.merge(c.category(), c.amount(), Money::plus);
                decisions.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, InvestmentForecastInput> given = given(mapping, forecasts, month);
        List<CategoryFollowUp> out = new ArrayList<>();
        int left = monthsLeft(month);
        for (InvestmentCategory c : mapping.categories()) {
            String code = c.code();
            Money toDate = ytd.getOrDefault(code, Money.ZERO);
            Money ofYear = budget.getOrDefault(code, Money.ZERO).plus(carried.getOrDefault(code, Money.ZERO));
            Forecast forecast = Forecast.of(toDate, ofYear, left, Optional.ofNullable(given.get(code)));
            InvestmentFigures f = new InvestmentFigures(inMonth.getOrDefault(code, Money.ZERO), toDate,
                    budget.getOrDefault(code, Money.ZERO), carried.getOrDefault(code, Money.ZERO), forecast.amount());
            out.add(new CategoryFollowUp(c, f, forecast.basis(), forecast.given(), byAccount.getOrDefault(code, new TreeMap<>()),
                    decisions.getOrDefault(code, List.of())));
        }
        InvestmentFigures total = InvestmentFigures.sum(out.stream().map(CategoryFollowUp::figures).toList());
        Optional<InvestmentProjectFollowUp> byProject = projects.map(p -> InvestmentProjectFollowUp.of(p, mapping, month,
                budgets, carryOvers, forecasts, total));
        return new InvestmentFollowUp(month, out, total, funds, ratio(funds.fundsYtd(), total.yearToDate()),
                ratio(funds.fundsForecastYear(), total.forecast()), byProject);
    }

    /**
     * A full-year forecast and where it comes from, by the rule every line follows (category or project):
     * the outcome in the year's last month, else the forecast given, else the budget's pace.
     */
    record Forecast(ForecastBasis basis, Money amount, Optional<InvestmentForecastInput> given) {
        static Forecast of(Money toDate, Money budgetOfYear, int monthsLeft, Optional<InvestmentForecastInput> given) {
            if (monthsLeft == 0) {
                return new Forecast(ForecastBasis.OUTCOME, toDate, Optional.empty());
            }
            if (given.isPresent()) {
                return new Forecast(ForecastBasis.GIVEN, given.get().amount(), given);
            }
            return new Forecast(ForecastBasis.BUDGET_PACE, toDate.plus(budgetOfYear.times(BigDecimal.valueOf(monthsLeft))
                    .dividedBy(BigDecimal.valueOf(MONTHS))), Optional.empty());
        }
    }

    /** Months of the year after {@code month}. */
    static int monthsLeft(YearMonth month) {
        return MONTHS - month.getMonthValue();
    }

    /** The share of net investments the funds cover; none unless investments are positive. */
    static Optional<BigDecimal> ratio(Money funds, Money investments) {
        return investments.isPositive() ? Optional.of(funds.ratioTo(investments)) : Optional.empty();
    }

    /** Whether the month is the year's last: the forecast is then the outcome. */
    public boolean yearComplete() {
        return month.getMonthValue() == MONTHS;
    }

    private static void refuseUnplaced(int year, SortedSet<String> unplaced, SortedSet<String> notFixed) {
        if (unplaced.isEmpty() && notFixed.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("the investments of " + year + " cannot be followed up:");
        if (!unplaced.isEmpty()) {
            sb.append(" the fixed-asset account").append(unplaced.size() == 1 ? " " : "s ")
                    .append(String.join(", ", unplaced))
                    .append(unplaced.size() == 1 ? " is" : " are")
                    .append(" in no investment category and not excluded (add a range to the investment mapping: a "
                            + "category, or excluded if it is no investment, as accumulated depreciation is)");
        }
        if (!notFixed.isEmpty()) {
            sb.append(unplaced.isEmpty() ? "" : ";").append(" account").append(notFixed.size() == 1 ? " " : "s ")
                    .append(String.join(", ", notFixed))
                    .append(notFixed.size() == 1 ? " is" : " are")
                    .append(" mapped to an investment category but not a fixed asset on the balance sheet");
        }
        throw new InvalidInputException("account", year, sb.toString());
    }

    private static Map<String, Money> budgetOf(InvestmentMapping mapping, List<InvestmentBudget> budgets, int year) {
        Map<String, Money> out = new LinkedHashMap<>();
        boolean any = false;
        for (InvestmentBudget b : budgets) {
            requireCategory(mapping, b.category(), "budget");
            if (b.year() == year) {
                any = true;
                out.merge(b.category(), b.amount(), Money::plus);
            }
        }
        if (!any) {
            throw new InvalidInputException("year", year, "there is no investment budget for " + year);
        }
        return out;
    }

    /** Per category, the forecast given at the latest closing of the year up to the month. */
    private static Map<String, InvestmentForecastInput> given(InvestmentMapping mapping,
                                                              List<InvestmentForecastInput> forecasts, YearMonth month) {
        forecasts.forEach(f -> requireCategory(mapping, f.category(), "forecast"));
        return latestGiven(forecasts, month, f -> f.project().isEmpty() ? Optional.of(f.category()) : Optional.empty(),
                code -> code);
    }

    /**
     * The rule of a given forecast, for a category or a project alike: per key, the one given at the latest closing
     * of the month's year up to the month; two for one key at the same month are refused.
     *
     * @param key  the line a forecast is for, empty for a forecast of another kind (a project's, a category's)
     * @param what the line named in the refusal
     */
    static Map<String, InvestmentForecastInput> latestGiven(List<InvestmentForecastInput> forecasts, YearMonth month,
                                                            java.util.function.Function<InvestmentForecastInput,
                                                                    Optional<String>> key,
                                                            java.util.function.UnaryOperator<String> what) {
        Map<String, InvestmentForecastInput> out = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (InvestmentForecastInput f : forecasts) {
            Optional<String> k = key.apply(f);
            if (k.isEmpty()) {
                continue;
            }
            if (!seen.add(f.month() + " " + k.get())) {
                throw new InvalidInputException("month", f.month().getYear(), "two forecasts for " + what.apply(k.get())
                        + " at " + f.month());
            }
            if (f.month().getYear() != month.getYear() || f.month().isAfter(month)) {
                continue;
            }
            InvestmentForecastInput before = out.get(k.get());
            if (before == null || f.month().isAfter(before.month())) {
                out.put(k.get(), f);
            }
        }
        return out;
    }

    static void requireCategory(InvestmentMapping mapping, String category, String what) {
        if (!mapping.defines(category)) {
            throw new InvalidInputException("category", null, "the investment " + what + " names the category "
                    + category + ", which the investment mapping does not define; it defines "
                    + mapping.categories().stream().map(InvestmentCategory::code).toList());
        }
    }
}
