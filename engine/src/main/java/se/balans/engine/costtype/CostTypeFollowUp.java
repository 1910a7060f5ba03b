package se.balans.engine.costtype;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import se.balans.engine.InvalidInputException;
import se.balans.engine.costtype.CostType.Side;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.ledger.UnmappedLedgerException;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * A month's operating costs and revenues by cost type (kostnadsslag), for the region and per
 * committee: the month, the year to date, the same period last year, the change and the growth, and
 * the budget where one is given; and the net-cost growth against the growth of taxes and general
 * grants (nettokostnadsutveckling mot skatteintäktsutveckling), as regions' monthly reports show them.
 *
 * <p>The rules, each once:
 * <ul>
 * <li><b>What is counted.</b> The result mapping places each ledger amount on a committee and a result
 * line — the same placement the closing sums by ({@link LedgerMapping#place}). The amounts on
 * verksamhetens kostnader and intäkter are split by cost type; depreciation, taxes and general grants
 * are taken whole; the rest (financial items, the balance sheet) is not part of this.</li>
 * <li><b>Unmapped accounts are refused.</b> An account on the two operating lines without a cost type,
 * or with a type of the other side (a revenue type on a cost account), refuses the whole follow-up,
 * naming every such account: nothing falls into "other" unless the mapping says so.</li>
 * <li><b>Signs.</b> Every figure is shown positive as regions present it: a cost as booked (debit
 * positive), a revenue, taxes and grants with the booked credit turned. A cost account's credit (a
 * refund) lowers the cost. Verksamhetens nettokostnad = costs + depreciation − revenues, positive when
 * costs exceed revenues.</li>
 * <li><b>"Därav".</b> A type's figure includes the types that are part of it ({@link CostType#partOf});
 * the totals add only types part of none, so they equal the result lines exactly.</li>
 * <li><b>Growth</b> is the year to date against the same period last year ({@link Ratios#growth}):
 * undefined, and left empty, when last year's figure is zero or the sign changed.</li>
 * <li><b>Budget.</b> The year's budget of a type, periodised evenly (a twelfth a month) for the year to
 * date; the deviation is positive when better than budget (a cost below, a revenue above). A total
 * has a budget only when every type it adds has one.</li>
 * </ul>
 *
 * @param month         the closed month
 * @param region        the region: every type the mapping shows, and the totals
 * @param committees    per committee (code order), the types it has figures or a budget for, and its totals
 * @param taxesAndGrants skatteintäkter plus generella statsbidrag och utjämning, the region's
 * @param hasLastYear   whether the ledger has anything booked in the same period last year; without it
 *                      the last-year figures are zero because nothing was imported, not because nothing
 *                      was spent
 */
public record CostTypeFollowUp(YearMonth month, Part region, SortedMap<String, Part> committees,
                               Figures taxesAndGrants, boolean hasLastYear) {

    public CostTypeFollowUp {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(region, "region");
        committees = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(committees));
        Objects.requireNonNull(taxesAndGrants, "taxesAndGrants");
    }

    /**
     * One figure followed up, shown positive (see the sign rule above).
     *
     * @param side          whether more is worse (a cost, the net cost) or better (a revenue, taxes)
     * @param month         the closed month
     * @param monthLastYear the same month last year
     * @param ytd           January through the month
     * @param ytdLastYear   the same period last year
     * @param budgetYear    the year's budget, when given
     * @param budgetYtd     the year's budget periodised to date, when given
     */
    public record Figures(Side side, Money month, Money monthLastYear, Money ytd, Money ytdLastYear,
                          Optional<Money> budgetYear, Optional<Money> budgetYtd) {
        public Figures {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(monthLastYear, "monthLastYear");
            Objects.requireNonNull(ytd, "ytd");
            Objects.requireNonNull(ytdLastYear, "ytdLastYear");
            Objects.requireNonNull(budgetYear, "budgetYear");
            Objects.requireNonNull(budgetYtd, "budgetYtd");
        }

        /** Förändring: the year to date less the same period last year. */
        public Money change() {
            return ytd.minus(ytdLastYear);
        }

        /** Utveckling: empty when last year's figure is zero or had the other sign. */
        public Optional<BigDecimal> growth() {
            return Ratios.growth(ytd, ytdLastYear);
        }

        /** Avvikelse mot periodiserad budget, positive when better: budget − outcome for a cost, the other way for a revenue. */
        public Optional<Money> deviationYtd() {
            return budgetYtd.map(b -> side == Side.COST ? b.minus(ytd) : ytd.minus(b));
        }

        /** Whether there is anything to show: an amount in either year, or a budget. */
        boolean isEmpty() {
            return month.isZero() && monthLastYear.isZero() && ytd.isZero() && ytdLastYear.isZero()
                    && budgetYear.isEmpty();
        }
    }

    /**
     * The region's or one committee's figures.
     *
     * @param committee    the committee, empty for the region
     * @param types        the cost types shown, in report order
     * @param costs        verksamhetens kostnader: the types part of no other, on the cost side
     * @param revenues     verksamhetens intäkter: likewise on the revenue side
     * @param depreciation avskrivningar, the result line's
     * @param netCost      verksamhetens nettokostnad: costs + depreciation − revenues
     */
    public record Part(Optional<String> committee, Map<CostType, Figures> types, Figures costs, Figures revenues,
                       Figures depreciation, Figures netCost) {
        public Part {
            Objects.requireNonNull(committee, "committee");
            Map<CostType, Figures> ordered = new EnumMap<>(CostType.class);
            ordered.putAll(types);
            types = java.util.Collections.unmodifiableMap(ordered);
            Objects.requireNonNull(costs, "costs");
            Objects.requireNonNull(revenues, "revenues");
            Objects.requireNonNull(depreciation, "depreciation");
            Objects.requireNonNull(netCost, "netCost");
        }

        public Optional<Figures> type(CostType t) {
            return Optional.ofNullable(types.get(t));
        }
    }

    /** Verksamhetens nettokostnad of the region. */
    public Figures netCost() {
        return region.netCost();
    }

    /** Nettokostnadsutveckling: the region's net cost to date against the same period last year. */
    public Optional<BigDecimal> netCostGrowth() {
        return region.netCost().growth();
    }

    /** Skatteintäkternas och de generella statsbidragens utveckling. */
    public Optional<BigDecimal> taxesAndGrantsGrowth() {
        return taxesAndGrants.growth();
    }

    /**
     * Net-cost growth less the growth of taxes and grants, as a fraction (0.021 = 2,1 percentage
     * points): positive when the net costs grow faster than what finances them. Empty when either
     * growth is.
     */
    public Optional<BigDecimal> growthGap() {
        return netCostGrowth().flatMap(n -> taxesAndGrantsGrowth().map(n::subtract));
    }

    /** The four sums of one figure before it is shown: the month and the year to date, this year and last. */
    private record Sums(Money month, Money monthLastYear, Money ytd, Money ytdLastYear) {
        static final Sums ZERO = new Sums(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

        Sums plus(Sums o) {
            return new Sums(month.plus(o.month), monthLastYear.plus(o.monthLastYear), ytd.plus(o.ytd),
                    ytdLastYear.plus(o.ytdLastYear));
        }

        Sums negated() {
            return new Sums(month.negated(), monthLastYear.negated(), ytd.negated(), ytdLastYear.negated());
        }
    }

    /** What a committee's amounts add up to, before the types are rolled up. */
    private static final class Committee {
        final Map<CostType, Sums> types = new EnumMap<>(CostType.class);
        Sums depreciation = Sums.ZERO;
    }

    /**
     * @param mapping       accounts to cost types
     * @param resultMapping the closing's mapping: each amount's committee and result line
     * @param amounts       the ledger's monthly amounts, any months (the month's year through it and the
     *                      same period last year are used)
     * @param budget        the budget by cost type of the month's year, if there is one
     * @throws InvalidInputException    naming every account on the operating lines without a cost type,
     *                                  or with a type of the other side
     * @throws UnmappedLedgerException  for an amount the result mapping cannot place (a closing of the
     *                                  same ledger would have refused it too)
     */
    public static CostTypeFollowUp of(CostTypeMapping mapping, LedgerMapping resultMapping, List<LedgerAmount> amounts,
                                      YearMonth month, Optional<CostTypeBudget> budget) {
        Objects.requireNonNull(mapping, "mapping");
        YearMonth lastYear = month.minusYears(1);
        budget.filter(b -> b.year() != month.getYear()).ifPresent(b -> {
            throw new IllegalArgumentException("the budget is " + b.year() + "'s, the month " + month);
        });
        Map<String, Committee> byCommittee = new TreeMap<>();
        Sums taxes = Sums.ZERO;
        boolean hasLastYear = false;
        Map<IncomeStatementLine, SortedSet<String>> untyped = new EnumMap<>(IncomeStatementLine.class);
        SortedMap<String, String> wrongSide = new TreeMap<>();
        SortedSet<String> unmappedAccounts = new TreeSet<>();
        SortedSet<String> unmappedCostCentres = new TreeSet<>();
        Map<String, LedgerMapping.Placement> placements = new HashMap<>();
        for (LedgerAmount a : amounts) {
            Sums s = sums(a, month, lastYear);
            if (s == null) {
                continue;
            }
            LedgerMapping.Placement p = placements.computeIfAbsent(a.account() + '\n' + a.costCentre(),
                    k -> resultMapping.place(a.account(), a.costCentre()));
            if (p instanceof LedgerMapping.Placement.Unmapped u) {
                u.account().ifPresent(unmappedAccounts::add);
                u.costCentre().ifPresent(unmappedCostCentres::add);
                continue;
            }
            if (!(p instanceof LedgerMapping.Placement.Mapped m)) {
                continue;
            }
            IncomeStatementLine line = m.key().line();
            hasLastYear |= !s.ytdLastYear().isZero();
            switch (line) {
                case OPERATING_COSTS, OPERATING_REVENUE -> {
                    Optional<CostType> type = mapping.typeOf(a.account());
                    if (type.isEmpty()) {
                        untyped.computeIfAbsent(line, k -> new TreeSet<>()).add(a.account());
                    } else if (type.get().side().line() != line) {
                        wrongSide.put(a.account(), line.code() + " but mapped to " + type.get().code() + ", a "
                                + (type.get().side() == Side.COST ? "cost" : "revenue"));
                    } else {
                        Sums shown = type.get().side() == Side.COST ? s : s.negated();
                        byCommittee.computeIfAbsent(m.key().committee(), k -> new Committee()).types
                                .merge(type.get(), shown, Sums::plus);
                    }
                }
                case DEPRECIATION -> {
                    Committee c = byCommittee.computeIfAbsent(m.key().committee(), k -> new Committee());
                    c.depreciation = c.depreciation.plus(s);
                }
                case TAX_REVENUE, GENERAL_GRANTS -> taxes = taxes.plus(s.negated());
                default -> {
                }
            }
        }
        if (!unmappedAccounts.isEmpty() || !unmappedCostCentres.isEmpty()) {
            throw new UnmappedLedgerException(unmappedAccounts, unmappedCostCentres);
        }
        refuse(untyped, wrongSide, month.getYear());

        int m = month.getMonthValue();
        SortedMap<String, Part> committees = new TreeMap<>();
        Map<CostType, Sums> regionTypes = new EnumMap<>(CostType.class);
        Sums regionDepreciation = Sums.ZERO;
        Set<String> budgeted = budget.map(b -> b.committees().keySet()).orElse(Set.of());
        Set<String> all = new TreeSet<>(byCommittee.keySet());
        all.addAll(budgeted);
        for (String c : all) {
            Committee sums = byCommittee.getOrDefault(c, new Committee());
            sums.types.forEach((t, s) -> regionTypes.merge(t, s, Sums::plus));
            regionDepreciation = regionDepreciation.plus(sums.depreciation);
            committees.put(c, part(Optional.of(c), mapping, sums.types, sums.depreciation, budget, m, false));
        }
        Part region = part(Optional.empty(), mapping, regionTypes, regionDepreciation, budget, m, true);
        return new CostTypeFollowUp(month, region, committees, figures(Side.REVENUE, taxes, Optional.empty(), m),
                hasLastYear);
    }

    /** Which of the four sums an amount adds to; null when it is in none of the periods. */
    private static Sums sums(LedgerAmount a, YearMonth month, YearMonth lastYear) {
        YearMonth p = a.period();
        Money x = a.amount();
        Money z = Money.ZERO;
        if (p.getYear() == month.getYear() && !p.isAfter(month)) {
            return new Sums(p.equals(month) ? x : z, z, x, z);
        }
        if (p.getYear() == lastYear.getYear() && !p.isAfter(lastYear)) {
            return new Sums(z, p.equals(lastYear) ? x : z, z, x);
        }
        return null;
    }

    private static Part part(Optional<String> committee, CostTypeMapping mapping, Map<CostType, Sums> leaves,
                             Sums depreciation, Optional<CostTypeBudget> budget, int month, boolean everyType) {
        Map<CostType, Figures> types = new EnumMap<>(CostType.class);
        for (CostType t : mapping.types()) {
            Sums s = Sums.ZERO;
            for (Map.Entry<CostType, Sums> e : leaves.entrySet()) {
                if (t.includes(e.getKey())) {
                    s = s.plus(e.getValue());
                }
            }
            Figures f = figures(t.side(), s, budget.flatMap(b -> b.of(committee, t)), month);
            if (everyType || !f.isEmpty()) {
                types.put(t, f);
            }
        }
        Sums net = side(leaves, Side.COST).plus(depreciation).plus(side(leaves, Side.REVENUE).negated());
        return new Part(committee, types, total(Side.COST, leaves, types, month),
                total(Side.REVENUE, leaves, types, month), figures(Side.COST, depreciation, Optional.empty(), month),
                figures(Side.COST, net, Optional.empty(), month));
    }

    /** Every account of a side once: the sum of the types the accounts map to. */
    private static Sums side(Map<CostType, Sums> leaves, Side side) {
        Sums s = Sums.ZERO;
        for (Map.Entry<CostType, Sums> e : leaves.entrySet()) {
            if (e.getKey().side() == side) {
                s = s.plus(e.getValue());
            }
        }
        return s;
    }

    /**
     * A side's total, with a budget when every type it adds (those part of no other) has one: the sum of
     * some of them would read as the budget of all.
     */
    private static Figures total(Side side, Map<CostType, Sums> leaves, Map<CostType, Figures> types, int month) {
        List<Figures> added = types.entrySet().stream()
                .filter(e -> e.getKey().side() == side && e.getKey().partOf().isEmpty()).map(Map.Entry::getValue)
                .toList();
        Optional<Money> budget = !added.isEmpty() && added.stream().allMatch(f -> f.budgetYear().isPresent())
                ? Optional.of(Money.sum(added, f -> f.budgetYear().orElseThrow())) : Optional.empty();
        return figures(side, side(leaves, side), budget, month);
    }

    private static Figures figures(Side side, Sums s, Optional<Money> budgetYear, int month) {
        return new Figures(side, s.month(), s.monthLastYear(), s.ytd(), s.ytdLastYear(), budgetYear,
                budgetYear.map(b -> b.times(BigDecimal.valueOf(month)).dividedBy(BigDecimal.valueOf(12))));
    }

    private static void refuse(Map<IncomeStatementLine, SortedSet<String>> untyped, SortedMap<String, String> wrongSide,
                               int year) {
        if (untyped.isEmpty() && wrongSide.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        untyped.forEach((line, accounts) -> parts.add("no cost type for the " + line.code() + " account"
                + (accounts.size() == 1 ? " " : "s ") + String.join(", ", accounts)));
        wrongSide.forEach((account, why) -> parts.add("account " + account + " is on " + why));
        String hint = untyped.isEmpty() ? "" : " (add their ranges to the cost-type mapping; an account is "
                + "other_costs or other_revenue only by a range that says so, such as 6,7,other_costs)";
        throw new InvalidInputException("cost_type", year, "the cost types cannot be followed up: "
                + String.join("; ", parts) + hint);
    }
}
