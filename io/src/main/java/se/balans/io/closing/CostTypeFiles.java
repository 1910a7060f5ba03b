package se.balans.io.closing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import se.balans.engine.costtype.CostType;
import se.balans.engine.costtype.CostTypeBudget;
import se.balans.engine.costtype.CostTypeMapping;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.io.csv.CsvTable;

/**
 * The configuration's two cost-type files, both optional: without the mapping there is no follow-up
 * by cost type and the reports say so; without the budget the cost types are followed up against
 * last year only.
 */
public final class CostTypeFiles {
    /**
     * {@code from,to,cost_type[,description]}: account ranges by leading digits, as in the account
     * mapping (the most specific wins; ranges of one length may not overlap), to a cost type
     * ({@link CostType#codes()}).
     */
    public static final String MAPPING = "cost-types.csv";
    /**
     * {@code year,cost_type,amount[,committee][,source]}: a year's budget per cost type in mnkr, shown
     * positive as the cost types are; without a committee, the region's.
     */
    public static final String BUDGET = "cost-type-budget.csv";

    private static final Set<String> SOURCE = Set.of("source", "description");

    private CostTypeFiles() {
    }

    /** The cost-type mapping from its file's text. */
    public static CostTypeMapping mapping(Path file, String text) {
        CsvTable t = ClosingSetupReader.withinRangeLimit(CsvTable.parse(file, text, Set.of("from", "to", "cost_type"),
                SOURCE));
        List<RangeMap.Entry<CostType>> entries = new ArrayList<>();
        Map<RangeMap.Entry<?>, CsvTable.Row> rows = new IdentityHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            PrefixRange range = ClosingSetupReader.range(r, "from", "to");
            RangeMap.Entry<CostType> e = new RangeMap.Entry<>(range, costType(r));
            entries.add(e);
            rows.put(e, r);
        }
        return new CostTypeMapping(ClosingSetupReader.rangeMap(entries, rows, "from"));
    }

    /**
     * The budgets by year from the budget file's text.
     *
     * @param committees the committees' codes ({@code committees.csv}): a row's committee must be one
     */
    public static Map<Integer, CostTypeBudget> budgets(Path file, String text, Set<String> committees) {
        CsvTable t = CsvTable.parse(file, text, Set.of("year", "cost_type", "amount"),
                Set.of("committee", "source", "description"));
        /** Per year and committee ("" the region): type → amount, and the row each came from. */
        Map<Integer, Map<String, Map<CostType, Money>>> amounts = new TreeMap<>();
        Map<String, CsvTable.Row> rowOf = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            int year = r.year("year");
            CostType type = costType(r);
            String committee = r.optionalText("committee").orElse("");
            if (!committee.isEmpty() && !committees.contains(committee)) {
                throw r.error("committee", "unknown committee \"" + committee + "\"; committees.csv lists "
                        + String.join(", ", committees));
            }
            Money amount = r.mnkr("amount");
            if (amount.isNegative()) {
                throw r.error("amount", "a cost type's budget is shown positive, as the reports show the cost types "
                        + "(a cost of 120 mnkr is 120, a revenue of 30 mnkr is 30); got " + amount.toMnkr().toPlainString());
            }
            Map<CostType, Money> scope = amounts.computeIfAbsent(year, y -> new TreeMap<>())
                    .computeIfAbsent(committee, c -> new EnumMap<>(CostType.class));
            if (scope.put(type, amount) != null) {
                throw r.error("cost_type", year + " " + type.code() + (committee.isEmpty() ? " for the region"
                        : " for " + committee) + " is given twice; the first is on line "
                        + rowOf.get(key(year, committee, type)).line());
            }
            rowOf.put(key(year, committee, type), r);
        }
        Map<Integer, CostTypeBudget> out = new TreeMap<>();
        amounts.forEach((year, scopes) -> {
            scopes.forEach((committee, types) -> types.forEach((type, amount) -> type.partOf().ifPresent(whole -> {
                Money total = types.get(whole);
                if (total != null && amount.compareTo(total) > 0) {
                    throw rowOf.get(key(year, committee, type)).error("amount", type.code() + " is part of "
                            + whole.code() + " (därav), but its budget " + amount.toMnkr().toPlainString()
                            + " is more than " + whole.code() + "'s " + total.toMnkr().toPlainString()
                            + " on line " + rowOf.get(key(year, committee, whole)).line());
                }
            })));
            Map<String, Map<CostType, Money>> byCommittee = new TreeMap<>(scopes);
            Map<CostType, Money> region = Optional.ofNullable(byCommittee.remove("")).orElse(Map.of());
            out.put(year, new CostTypeBudget(year, region, byCommittee));
        });
        return out;
    }

    private static String key(int year, String committee, CostType type) {
        return year + "\n" + committee + "\n" + type.code();
    }

    private static CostType costType(CsvTable.Row r) {
        String code = r.text("cost_type");
        return CostType.fromCode(code).orElseThrow(() -> r.error("cost_type", "unknown cost type \"" + code
                + "\"; expected one of " + String.join(", ", CostType.codes())));
    }
}
