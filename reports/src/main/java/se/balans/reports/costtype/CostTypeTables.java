package se.balans.reports.costtype;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.costtype.CostType;
import se.balans.engine.costtype.CostTypeFollowUp;
import se.balans.engine.costtype.CostTypeFollowUp.Figures;
import se.balans.engine.costtype.CostTypeFollowUp.Part;
import se.balans.engine.money.Money;
import se.balans.reports.chart.Chart;
import se.balans.reports.closing.LastYear;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Change;
import se.balans.reports.table.Row;
import se.balans.reports.table.Sum;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * Kostnadsslag: the operating costs and revenues by cost type against last year and the budget, for the
 * region and per committee, and the net-cost growth against the growth of taxes and general grants —
 * in words as regions' monthly reports write it ("Personalkostnaderna har ökat med 6,5 procent
 * jämfört med samma period i fjol …"), as tables and as a chart of the growth rates.
 *
 * <p>Every figure is the engine's ({@link CostTypeFollowUp}); amounts in the text are whole millions,
 * growth rates one decimal. A growth rate the engine leaves undefined (a zero or sign-changed base) is
 * an empty cell, a sentence that says why, and no bar — never a made-up percentage.
 */
public final class CostTypeTables {
    /** The machine keys of the value columns, with and without the budget's. */
    private static final List<String> KEYS = List.of("month", "ytd", "ytd_last_year", "change", "growth");
    private static final List<String> BUDGET_KEYS = List.of("budget_ytd", "deviation", "budget_year");

    private final CostTypeFollowUp f;
    private final Labels labels;
    private final NumberStyle n;
    private final List<String> committeeOrder;
    private final Map<String, String> committeeNames;
    private final int year;
    private final int month;

    /**
     * @param committeeOrder the committees' codes in report order (those the follow-up has and this
     *                       list lacks come last, by code)
     * @param committeeNames display names by code, in the report's language
     */
    public CostTypeTables(CostTypeFollowUp followUp, List<String> committeeOrder, Map<String, String> committeeNames,
                          Labels labels) {
        this.f = followUp;
        this.labels = labels;
        this.n = NumberStyle.of(labels.language());
        this.committeeOrder = List.copyOf(committeeOrder);
        this.committeeNames = Map.copyOf(committeeNames);
        this.year = followUp.month().getYear();
        this.month = followUp.month().getMonthValue();
    }

    /** "januari–mars 2026", or "januari 2026". */
    private String period() {
        return month == 1 ? labels.format("costtype.period_january", year)
                : labels.format("costtype.period", labels.get("month." + month), year);
    }

    private String name(CostType t) {
        return labels.get("costtype." + t.code());
    }

    /** A type's label in a table: a part of another reads "därav …". */
    private String rowLabel(CostType t) {
        return t.partOf().isPresent() ? labels.format("costtype.part_of", name(t).toLowerCase(labels.locale())) : name(t);
    }

    /**
     * In words: the net costs against taxes and grants first, then each of the region's cost types that
     * has an outcome this year or last.
     */
    public List<String> narrative() {
        if (!f.hasLastYear()) {
            return List.of(labels.format("costtype.text.no_last_year", year - 1));
        }
        List<String> out = new ArrayList<>();
        out.add(netCostText());
        List<String> types = new ArrayList<>();
        f.region().types().forEach((t, x) -> typeText(t, x).ifPresent(types::add));
        if (!types.isEmpty()) {
            out.add(String.join(" ", types));
        }
        return out;
    }

    private String netCostText() {
        Figures net = f.netCost();
        Figures taxes = f.taxesAndGrants();
        Optional<BigDecimal> ng = net.growth();
        Optional<BigDecimal> tg = taxes.growth();
        if (ng.isEmpty() || tg.isEmpty()) {
            return labels.format("costtype.text.net_cost_undefined", millions(net.ytd()), millions(net.ytdLastYear()),
                    millions(taxes.ytd()), millions(taxes.ytdLastYear()));
        }
        String text = ng.get().signum() < 0 == tg.get().signum() < 0
                ? labels.format("costtype.text.net_cost_same", direction(ng.get()), pct(ng.get()), pct(tg.get()))
                : labels.format("costtype.text.net_cost_opposite", direction(ng.get()), pct(ng.get()),
                direction(tg.get()), pct(tg.get()));
        BigDecimal gap = f.growthGap().orElseThrow();
        String points = n.number(gap.movePointRight(2).abs(), 1);
        String verdict = rounded(gap).signum() == 0 ? labels.get("costtype.text.gap_equal")
                : labels.format(gap.signum() > 0 ? "costtype.text.gap_higher" : "costtype.text.gap_lower", points);
        return text + " " + verdict;
    }

    private Optional<String> typeText(CostType t, Figures x) {
        String subject = labels.get("costtype.subject." + t.code());
        if (x.ytd().isZero() && x.ytdLastYear().isZero()) {
            return Optional.empty();
        }
        Optional<String> budget = x.deviationYtd().map(d -> rounded(d.toMnkr(), 0).signum() == 0
                ? labels.get("costtype.text.budget_on")
                : labels.format(d.isNegative() ? "costtype.text.budget_negative" : "costtype.text.budget_positive",
                millions(d.abs())));
        Optional<BigDecimal> g = growth(x);
        if (g.isEmpty()) {
            String text = x.ytdLastYear().isZero()
                    ? labels.format("costtype.text.new", subject, millions(x.ytd()))
                    : x.ytd().signum() * x.ytdLastYear().signum() < 0
                    ? labels.format("costtype.text.sign_changed", subject, n.mnkr(x.ytd(), 0), n.mnkr(x.ytdLastYear(), 0))
                    : labels.format("costtype.text.small_base", subject, n.mnkr(x.ytd(), 1), n.mnkr(x.ytdLastYear(), 1));
            return Optional.of(text + budget.map(b -> " " + labels.format("costtype.text.budget_sentence", b))
                    .orElse(""));
        }
        String key = rounded(g.get()).signum() == 0 ? "costtype.text.unchanged"
                : g.get().signum() > 0 ? "costtype.text.increased" : "costtype.text.decreased";
        return Optional.of(labels.format(key, subject, pct(g.get()))
                + budget.map(b -> " " + labels.format("costtype.text.and", b)).orElse("") + ".");
    }

    private String direction(BigDecimal growth) {
        return labels.get(growth.signum() < 0 ? "costtype.decreased" : "costtype.increased");
    }

    /** A growth rate as the text writes it: "6,5" (procent), without its sign. */
    private String pct(BigDecimal fraction) {
        return n.number(fraction.movePointRight(2).abs(), 1);
    }

    /** A fraction rounded as the text shows it in percent, to tell "0,0" from a change. */
    private static BigDecimal rounded(BigDecimal fraction) {
        return rounded(fraction.movePointRight(2), 1);
    }

    private static BigDecimal rounded(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    private String millions(Money m) {
        return n.mnkr(m, 0);
    }

    /** The region's cost types, totals, net cost, and taxes and grants. */
    public Table region() {
        return table(labels.format("costtype.title.region", period()), f.region(), true);
    }

    /** One table per committee, in report order; the rules are in the note under the region's. */
    public List<Table> committees() {
        Set<String> order = new LinkedHashSet<>(committeeOrder);
        order.retainAll(f.committees().keySet());
        order.addAll(f.committees().keySet());
        List<Table> out = new ArrayList<>();
        for (String c : order) {
            out.add(table(labels.format("costtype.title.committee", period(), committeeNames.getOrDefault(c, c)),
                    f.committees().get(c), false));
        }
        return out;
    }

    /** Every table: the region's, then the committees'. */
    public List<Table> all() {
        List<Table> out = new ArrayList<>(List.of(region()));
        out.addAll(committees());
        return out;
    }

    private Table table(String title, Part p, boolean region) {
        boolean budgeted = budgeted(p);
        List<String> columns = new ArrayList<>(List.of(labels.get("closing.col.month"), labels.get("closing.col.ytd"),
                labels.get("closing.col.ytd_last_year"), labels.get("costtype.col.change"),
                labels.get("costtype.col.growth")));
        List<String> keys = new ArrayList<>(KEYS);
        if (budgeted) {
            columns.addAll(List.of(labels.get("closing.col.budget_ytd"), labels.get("closing.col.deviation"),
                    labels.get("closing.col.budget_year")));
            keys.addAll(BUDGET_KEYS);
        }
        Table.Builder t = Table.builder(title, labels.get("label.mnkr"), columns).keys("line", keys);
        // A side's total adds its types, a "därav" part not again; the net cost is costs less revenues plus depreciation.
        Map<CostType.Side, Integer> totals = new java.util.EnumMap<>(CostType.Side.class);
        for (CostType.Side side : CostType.Side.values()) {
            List<Integer> parts = new ArrayList<>();
            p.types().forEach((type, x) -> {
                if (type.side() == side) {
                    if (type.partOf().isEmpty()) {
                        parts.add(t.next());
                    }
                    t.row(Row.of(rowLabel(type), cells(x, budgeted)).withKey(type.code()));
                }
            });
            boolean cost = side == CostType.Side.COST;
            totals.put(side, t.next());
            Row total = Row.total(labels.get(cost ? "costtype.costs" : "costtype.revenues"),
                    cells(cost ? p.costs() : p.revenues(), budgeted))
                    .withKey(cost ? "operating_costs" : "operating_revenue");
            t.row(parts.isEmpty() ? total : total.withSum(Sum.of(parts)));
        }
        int depreciation = t.next();
        t.row(Row.of(labels.get("costtype.depreciation"), cells(p.depreciation(), budgeted)).withKey("depreciation"));
        t.row(Row.total(labels.get("costtype.net_cost"), cells(p.netCost(), budgeted)).withKey("net_operating_cost")
                .withSum(Sum.of(totals.get(CostType.Side.COST), depreciation).minus(totals.get(CostType.Side.REVENUE))));
        if (region) {
            t.row(Row.of(labels.get("costtype.taxes_and_grants"), cells(f.taxesAndGrants(), budgeted))
                    .withKey("taxes_and_grants"));
        }
        if (region) {
            // Once, under the region's table: the committees' follow the same rules.
            boolean anyBudget = budgeted || f.committees().values().stream().anyMatch(CostTypeTables::budgeted);
            t.note(labels.get("costtype.note") + (anyBudget ? " " + labels.get("costtype.note_budget")
                    : " " + labels.format("costtype.note_no_budget", year)));
        }
        return t.build();
    }

    /** Whether any type of a part has a budget: then its table has the budget's columns. */
    private static boolean budgeted(Part p) {
        return p.types().values().stream().anyMatch(x -> x.budgetYear().isPresent());
    }

    private List<Cell> cells(Figures x, boolean budgeted) {
        Change.Nature nature = nature(x);
        List<Cell> cells = new ArrayList<>(List.of(Cell.amount(x.month()), Cell.amount(x.ytd()),
                f.hasLastYear() ? Cell.amount(x.ytdLastYear()) : LastYear.NOT_AVAILABLE,
                f.hasLastYear() ? Change.amount(x.ytd(), x.ytdLastYear(), nature) : LastYear.NOT_AVAILABLE,
                f.hasLastYear() ? Change.percent(x.ytd(), x.ytdLastYear(), nature) : LastYear.NOT_AVAILABLE));
        if (budgeted) {
            cells.add(x.budgetYtd().map(Cell::amount).orElse(Cell.EMPTY));
            cells.add(x.deviationYtd().map(Cell::favourableWhenPositive).orElse(Cell.EMPTY));
            cells.add(x.budgetYear().map(Cell::amount).orElse(Cell.EMPTY));
        }
        return cells;
    }

    /** Costs and revenues are both shown positive here: more cost is bad news, more revenue good news. */
    private static Change.Nature nature(Figures x) {
        return x.side() == CostType.Side.COST ? Change.Nature.COST : Change.Nature.REVENUE;
    }

    /** The growth the report shows: none where a percentage says nothing ({@link Change}). */
    private static Optional<BigDecimal> growth(Figures x) {
        return Change.hasPercent(x.ytd(), x.ytdLastYear(), nature(x)) ? x.growth() : Optional.empty();
    }

    /**
     * The growth of each of the region's cost types to date against the same period last year, then the
     * net cost's and that of taxes and grants, in percent: a type whose growth is undefined has no bar.
     * Empty without last year.
     */
    public Optional<Chart> chart() {
        if (!f.hasLastYear()) {
            return Optional.empty();
        }
        List<String> categories = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        f.region().types().forEach((t, x) -> growth(x).ifPresent(g -> {
            categories.add(name(t));
            values.add(percentValue(g));
        }));
        f.netCost().growth().ifPresent(g -> {
            categories.add(labels.get("costtype.net_cost"));
            values.add(percentValue(g));
        });
        f.taxesAndGrants().growth().ifPresent(g -> {
            categories.add(labels.get("costtype.taxes_and_grants"));
            values.add(percentValue(g));
        });
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Chart.bar(labels.format("costtype.chart.title", period(), year - 1), "", "%", categories,
                List.of(new Chart.Series(labels.get("costtype.chart.series"), values))));
    }

    private static BigDecimal percentValue(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    }
}
