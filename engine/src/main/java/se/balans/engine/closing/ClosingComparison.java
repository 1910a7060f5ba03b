package se.balans.engine.closing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;

/**
 * Two closings of the same month compared figure by figure at the stored grain (committee × line ×
 * measure, each month's row, each forecast basis, the back-test), so that a difference names exactly
 * the figure that differs. This is how a stored closing is checked against its recomputation.
 */
public final class ClosingComparison {
    private ClosingComparison() {
    }

    /**
     * A figure that differs: amounts as {@link Money} (so that they can be shown to the öre), other
     * figures (bases, back-tests) as text.
     *
     * @param figure e.g. {@code HSN operating_costs ytd} or {@code forecast basis RS}
     */
    public record Difference(String figure, Object stored, Object recomputed) {
        public Difference {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(recomputed, "recomputed");
        }
    }

    /** Every figure of {@code stored} that differs from {@code again}, in the closing's order. */
    public static List<Difference> compare(MonthlyClosing stored, MonthlyClosing again) {
        List<Difference> out = new ArrayList<>();
        Map<Key, Measures> a = new LinkedHashMap<>();
        stored.rows().forEach(r -> a.put(r.key(), r.measures()));
        Map<Key, Measures> b = new LinkedHashMap<>();
        again.rows().forEach(r -> b.put(r.key(), r.measures()));
        for (Key k : union(a.keySet(), b.keySet())) {
            Measures x = a.getOrDefault(k, Measures.ZERO);
            Measures y = b.getOrDefault(k, Measures.ZERO);
            String at = k.committee() + " " + k.line().code() + " ";
            money(at + "month", x.month(), y.month(), out);
            money(at + "ytd", x.ytd(), y.ytd(), out);
            money(at + "ytd_last_year", x.ytdLastYear(), y.ytdLastYear(), out);
            money(at + "budget_ytd", x.budgetYtd(), y.budgetYtd(), out);
            money(at + "budget_year", x.budgetYear(), y.budgetYear(), out);
            money(at + "forecast_year", x.forecastYear(), y.forecastYear(), out);
        }
        Map<String, MonthlyClosing.MonthRow> ma = new LinkedHashMap<>();
        stored.months().forEach(r -> ma.put(monthKey(r), r));
        Map<String, MonthlyClosing.MonthRow> mb = new LinkedHashMap<>();
        again.months().forEach(r -> mb.put(monthKey(r), r));
        for (String k : union(ma.keySet(), mb.keySet())) {
            MonthlyClosing.MonthRow x = ma.get(k);
            MonthlyClosing.MonthRow y = mb.get(k);
            money(k + " actual", x == null ? Money.ZERO : x.actual(), y == null ? Money.ZERO : y.actual(), out);
            money(k + " last_year", x == null ? Money.ZERO : x.lastYear(), y == null ? Money.ZERO : y.lastYear(), out);
            money(k + " budget", x == null ? Money.ZERO : x.budget(), y == null ? Money.ZERO : y.budget(), out);
        }
        Map<String, ForecastBasis> ba = stored.basesByTarget();
        Map<String, ForecastBasis> bb = again.basesByTarget();
        for (String t : union(ba.keySet(), bb.keySet())) {
            if (!Objects.equals(ba.get(t), bb.get(t))) {
                out.add(new Difference("forecast basis " + t, String.valueOf(ba.get(t)), String.valueOf(bb.get(t))));
            }
        }
        Optional<Backtest> ta = stored.backtest();
        Optional<Backtest> tb = again.backtest();
        if (!ta.equals(tb)) {
            out.add(new Difference("backtest", ta.map(Object::toString).orElse("(none)"),
                    tb.map(Object::toString).orElse("(none)")));
        }
        return out;
    }

    private static String monthKey(MonthlyClosing.MonthRow r) {
        return r.key().committee() + " " + r.key().line().code() + " month " + r.month();
    }

    private static void money(String figure, Money stored, Money again, List<Difference> out) {
        if (!stored.equals(again)) {
            out.add(new Difference(figure, stored, again));
        }
    }

    private static <T> List<T> union(Collection<T> a, Collection<T> b) {
        LinkedHashSet<T> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return new ArrayList<>(s);
    }
}
