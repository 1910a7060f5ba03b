package se.balans.engine.closing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * Computes a month's closing from the mapped outcomes and the budget.
 *
 * <ul>
 *   <li>Periodised budget to date = annual budget × the profile's cumulative share.</li>
 *   <li>Full-year forecast, {@link ForecastMethod#SEASONAL}: year to date ÷ the cumulative share;
 *       {@link ForecastMethod#BUDGET}: year to date + the budget of the remaining months.</li>
 *   <li>A learned profile comes from the earlier complete years: a committee's from its net cost,
 *       a line's from the region's total of that line. With no such year the profile is even and
 *       the basis says so.</li>
 * </ul>
 */
public final class ClosingCalculator {
    private ClosingCalculator() {
    }

    /** The closing with the back-test of the last complete year before the closing's year. */
    public static MonthlyClosing close(ClosingInput in) {
        MonthlyClosing c = compute(in);
        Optional<Backtest> bt = backtest(in);
        return new MonthlyClosing(c.month(), c.committees(), c.rows(), c.months(), c.bases(), bt);
    }

    /** The closing's measures and forecast bases, without the back-test. */
    static MonthlyClosing compute(ClosingInput in) {
        int year = in.month().getYear();
        int month = in.month().getMonthValue();
        Set<Integer> complete = in.completeYears();
        Optional<AnnualBudget> budget = in.budget(year);

        Set<Key> keys = new LinkedHashSet<>();
        in.actuals().forEach((p, v) -> {
            if (p.getYear() == year || p.getYear() == year - 1) {
                keys.addAll(v.keySet());
            }
        });
        budget.ifPresent(b -> keys.addAll(b.amounts().keySet()));

        Map<String, ForecastBasis> bases = new HashMap<>();
        List<MonthlyClosing.Row> rows = new ArrayList<>();
        List<MonthlyClosing.MonthRow> months = new ArrayList<>();
        for (Key key : keys) {
            ClosingConfig.Resolved rule = in.config().resolve(key);
            ForecastBasis basis = bases.computeIfAbsent(rule.target(), t -> basis(in, rule, key, year, complete));
            Money ytd = Money.ZERO;
            Money ytdLastYear = Money.ZERO;
            for (int m = 1; m <= month; m++) {
                ytd = ytd.plus(actual(in, YearMonth.of(year, m), key));
                ytdLastYear = ytdLastYear.plus(actual(in, YearMonth.of(year - 1, m), key));
            }
            Money budgetYear = budget.map(b -> b.amount(key)).orElse(Money.ZERO);
            BigDecimal cumulative = basis.profile().cumulative(month);
            Money budgetYtd = budgetYear.times(cumulative);
            Money forecast = forecast(basis.method(), ytd, cumulative, budgetYear, budgetYtd);
            rows.add(new MonthlyClosing.Row(key, new Measures(actual(in, in.month(), key), ytd, ytdLastYear, budgetYtd,
                    budgetYear, forecast)));
            Money budgetBefore = Money.ZERO;
            for (int m = 1; m <= 12; m++) {
                // Each month's budget is the change in the periodised total, so the months sum to the year.
                Money budgetThrough = budgetYear.times(basis.profile().cumulative(m));
                months.add(new MonthlyClosing.MonthRow(key, m, m <= month ? actual(in, YearMonth.of(year, m), key)
                        : Money.ZERO, actual(in, YearMonth.of(year - 1, m), key), budgetThrough.minus(budgetBefore)));
                budgetBefore = budgetThrough;
            }
        }
        List<ForecastBasis> basisList = new ArrayList<>(bases.values());
        basisList.sort(basisOrder(in.committees()));
        return new MonthlyClosing(in.month(), in.committees(), rows, months, basisList, Optional.empty());
    }

    /** Committees in report order, then result lines in LKBR order. */
    private static Comparator<ForecastBasis> basisOrder(List<String> committees) {
        return Comparator.comparingInt((ForecastBasis b) -> {
            int i = committees.indexOf(b.target());
            if (i >= 0) {
                return i;
            }
            return IncomeStatementLine.fromCode(b.target()).map(l -> committees.size() + l.ordinal())
                    .orElse(Integer.MAX_VALUE);
        }).thenComparing(ForecastBasis::target);
    }

    static Money forecast(ForecastMethod method, Money ytd, BigDecimal cumulative, Money budgetYear, Money budgetYtd) {
        if (method == ForecastMethod.SEASONAL && cumulative.signum() > 0) {
            return ytd.dividedBy(cumulative);
        }
        return ytd.plus(budgetYear.minus(budgetYtd));
    }

    private static Money actual(ClosingInput in, YearMonth p, Key key) {
        Map<Key, Money> m = in.actuals().get(p);
        return m == null ? Money.ZERO : m.getOrDefault(key, Money.ZERO);
    }

    private static ForecastBasis basis(ClosingInput in, ClosingConfig.Resolved rule, Key key, int year,
                                       Set<Integer> complete) {
        ProfileRule r = rule.rule();
        MonthlyProfile profile = switch (r.profile()) {
            case EVEN -> MonthlyProfile.even();
            case CONFIGURED -> r.configured().orElseThrow();
            case LEARNED -> {
                boolean byLine = !rule.target().equals(key.committee());
                Map<YearMonth, Money> series = new HashMap<>();
                in.actuals().forEach((p, v) -> v.forEach((k, amount) -> {
                    boolean belongs = byLine ? k.line() == key.line()
                            : k.committee().equals(key.committee()) && MonthlyClosing.OPERATING_LINES.contains(k.line());
                    if (belongs) {
                        series.merge(p, amount, Money::plus);
                    }
                }));
                yield ProfileLearner.learn(ProfileLearner.completeYearsBefore(year, series, complete))
                        .orElse(MonthlyProfile.even());
            }
        };
        // A seasonal forecast divides by the share of the year to date; where the profile gives none (a learned
        // year whose months so far were empty), it cannot, and the forecast is outcome + remaining budget —
        // so the basis says budget, never "seasonal" over a budget forecast.
        ForecastMethod method = r.forecast() == ForecastMethod.SEASONAL
                && profile.cumulative(in.month().getMonthValue()).signum() <= 0 ? ForecastMethod.BUDGET : r.forecast();
        return new ForecastBasis(rule.target(), method, profile);
    }

    /**
     * The forecast each month end of the last complete year before the closing's year would have
     * made, from what was known at that month end, against the year's outcome.
     */
    public static Optional<Backtest> backtest(ClosingInput in) {
        int closingYear = in.month().getYear();
        Optional<Integer> year = in.completeYears().stream().filter(y -> y < closingYear).max(Integer::compare);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        int y = year.get();
        MonthlyClosing full = compute(in.asOf(YearMonth.of(y, 12)));
        Money actualOperating = full.line(IncomeStatementLine.OPERATING_RESULT).ytd();
        Money actualResult = full.line(IncomeStatementLine.RESULT_FOR_YEAR).ytd();
        List<Backtest.Point> points = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            MonthlyClosing then = compute(in.asOf(YearMonth.of(y, m)));
            points.add(new Backtest.Point(m, then.line(IncomeStatementLine.OPERATING_RESULT).forecastYear(),
                    then.line(IncomeStatementLine.RESULT_FOR_YEAR).forecastYear()));
        }
        return Optional.of(new Backtest(y, points, actualOperating, actualResult));
    }
}
