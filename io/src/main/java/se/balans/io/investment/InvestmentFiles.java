package se.balans.io.investment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.balans.engine.investment.InvestmentBudget;
import se.balans.engine.investment.InvestmentCarryOver;
import se.balans.engine.investment.InvestmentCategory;
import se.balans.engine.investment.InvestmentForecastInput;
import se.balans.engine.investment.InvestmentMapping;
import se.balans.engine.investment.InvestmentMapping.Placement;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.io.InputFileException;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.csv.CsvTable;

/**
 * The investment follow-up's files, in the closing configuration's folder: which accounts are
 * investments and in which category ({@value #MAPPING}), the budget per category and year
 * ({@value #BUDGET}), the decided carry-overs between years ({@value #CARRY_OVER}, optional) and the
 * forecasts given per category ({@value #FORECAST}, optional). Every refusal names the file, the line
 * and the column.
 */
public final class InvestmentFiles {
    /**
     * {@code from,to,category[,name][,name_en][,description]}: account ranges (leading digits, the most
     * specific range winning, as in the other mappings) to a category with its Swedish and English names,
     * or to {@code excluded} for a fixed-asset account that is no investment (accumulated depreciation).
     */
    public static final String MAPPING = "investment-accounts.csv";
    /** {@code year,category,amount[,project][,source]}: the year's investment budget, mnkr. */
    public static final String BUDGET = "investment-budget.csv";
    /** {@code from_year,to_year,category,amount,decision[,project][,source]}: ombudgetering, mnkr. */
    public static final String CARRY_OVER = "investment-carryover.csv";
    /** {@code month,category,amount[,source]}: a category's full-year forecast given at a month's closing, mnkr. */
    public static final String FORECAST = "investment-forecast.csv";

    private static final Set<String> SOURCE = Set.of("source", "description");

    private InvestmentFiles() {
    }

    /** The investment inputs of a configuration folder. */
    public record Inputs(InvestmentMapping mapping, List<InvestmentBudget> budgets,
                         List<InvestmentCarryOver> carryOvers, List<InvestmentForecastInput> forecasts) {
        public Inputs {
            budgets = List.copyOf(budgets);
            carryOvers = List.copyOf(carryOvers);
            forecasts = List.copyOf(forecasts);
        }
    }

    /**
     * Reads the folder's investment files: nothing when it has no {@value #MAPPING} (the organisation
     * does not follow up its investments here); with it, {@value #BUDGET} is required.
     */
    public static Optional<Inputs> read(Path dir) {
        Path mappingFile = dir.resolve(MAPPING);
        if (!Files.isRegularFile(mappingFile)) {
            return Optional.empty();
        }
        InvestmentMapping mapping = mapping(mappingFile, CsvTable.readUtf8(mappingFile));
        Path budgetFile = dir.resolve(BUDGET);
        if (!Files.isRegularFile(budgetFile)) {
            throw new InputFileException(budgetFile, null, null, "missing: the investments of " + MAPPING
                    + " are followed up against it");
        }
        List<InvestmentBudget> budgets = budgets(budgetFile, CsvTable.readUtf8(budgetFile), mapping);
        Path carryFile = dir.resolve(CARRY_OVER);
        List<InvestmentCarryOver> carry = Files.isRegularFile(carryFile)
                ? carryOvers(carryFile, CsvTable.readUtf8(carryFile), mapping) : List.of();
        Path forecastFile = dir.resolve(FORECAST);
        List<InvestmentForecastInput> forecasts = Files.isRegularFile(forecastFile)
                ? forecasts(forecastFile, CsvTable.readUtf8(forecastFile), mapping) : List.of();
        return Optional.of(new Inputs(mapping, budgets, carry, forecasts));
    }

    /** The investment mapping from its file's text. */
    public static InvestmentMapping mapping(Path file, String text) {
        Set<String> optional = new java.util.HashSet<>(SOURCE);
        optional.addAll(Set.of("name", "name_en"));
        CsvTable t = ClosingSetupReader.withinRangeLimit(CsvTable.parse(file, text, Set.of("from", "to", "category"),
                optional));
        Map<String, InvestmentCategory> categories = new LinkedHashMap<>();
        Map<String, CsvTable.Row> definedOn = new HashMap<>();
        List<RangeMap.Entry<Placement>> entries = new ArrayList<>();
        Map<RangeMap.Entry<?>, CsvTable.Row> rows = new IdentityHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            PrefixRange range = ClosingSetupReader.range(r, "from", "to");
            String code = r.text("category");
            Placement placement;
            if (code.equals(InvestmentMapping.EXCLUDED)) {
                for (String column : List.of("name", "name_en")) {
                    if (r.optionalText(column).isPresent()) {
                        throw r.error(column, "a range excluded from investments is in no category and has no "
                                + "category name; say what it is under description");
                    }
                }
                placement = Placement.excluded();
            } else {
                r.check("category", () -> {
                    InvestmentCategory.requireCode(code);
                    return code;
                });
                String name = r.optionalText("name").orElseThrow(() -> r.error("name",
                        "the category " + code + " needs its name (Swedish, as the reports show it)"));
                InvestmentCategory c = r.check("name", () -> new InvestmentCategory(code, name,
                        r.optionalText("name_en").orElse(name)));
                InvestmentCategory before = categories.get(code);
                if (before == null) {
                    categories.put(code, c);
                    definedOn.put(code, r);
                } else if (!before.equals(c)) {
                    boolean sameName = before.name().equals(c.name());
                    throw r.error(sameName ? "name_en" : "name", "the category " + code + " is named \""
                            + (sameName ? before.englishName() : before.name()) + "\" on line "
                            + definedOn.get(code).line() + "; a category has one name");
                }
                placement = Placement.of(code);
            }
            RangeMap.Entry<Placement> e = new RangeMap.Entry<>(range, placement);
            entries.add(e);
            rows.put(e, r);
        }
        RangeMap<Placement> accounts = ClosingSetupReader.rangeMap(entries, rows, "from");
        return new InvestmentMapping(List.copyOf(categories.values()), accounts);
    }

    /** The investment budgets from their file's text; every category one the mapping defines. */
    public static List<InvestmentBudget> budgets(Path file, String text, InvestmentMapping mapping) {
        CsvTable t = CsvTable.parse(file, text, Set.of("year", "category", "amount"), Set.of("project", "source"));
        List<InvestmentBudget> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            int year = r.year("year");
            String category = category(r, "category", mapping);
            Optional<String> project = r.optionalText("project");
            Money amount = r.mnkr("amount");
            String key = year + " " + category + " " + project.orElse("");
            CsvTable.Row before = seen.putIfAbsent(key, r);
            if (before != null) {
                throw r.error(project.isPresent() ? "project" : "category", "the " + year + " budget of " + category
                        + project.map(p -> ", project " + p).orElse("") + " is given twice, first on line "
                        + before.line());
            }
            out.add(r.check("amount", () -> new InvestmentBudget(year, category, project, amount,
                    r.optionalText("source").orElse(""))));
        }
        return out;
    }

    /** The decided carry-overs from their file's text. */
    public static List<InvestmentCarryOver> carryOvers(Path file, String text, InvestmentMapping mapping) {
        CsvTable t = CsvTable.parse(file, text, Set.of("from_year", "to_year", "category", "amount", "decision"),
                Set.of("project", "source"));
        List<InvestmentCarryOver> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            int from = r.year("from_year");
            int to = r.year("to_year");
            if (to != from + 1) {
                throw r.error("to_year", "budget is carried over to the next year: " + (from + 1) + ", not " + to);
            }
            String category = category(r, "category", mapping);
            Optional<String> project = r.optionalText("project");
            Money amount = r.mnkr("amount");
            String decision = r.text("decision");
            String key = from + " " + category + " " + project.orElse("");
            CsvTable.Row before = seen.putIfAbsent(key, r);
            if (before != null) {
                throw r.error(project.isPresent() ? "project" : "category", "the carry-over of " + category
                        + project.map(p -> ", project " + p).orElse("") + " from " + from + " is given twice, first on "
                        + "line " + before.line() + "; one decided amount per category and year");
            }
            out.add(r.check("decision", () -> new InvestmentCarryOver(from, to, category, project, amount, decision,
                    r.optionalText("source").orElse(""))));
        }
        return out;
    }

    /** The forecasts given per category from their file's text. */
    public static List<InvestmentForecastInput> forecasts(Path file, String text, InvestmentMapping mapping) {
        CsvTable t = CsvTable.parse(file, text, Set.of("month", "category", "amount"), Set.of("source"));
        List<InvestmentForecastInput> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            java.time.YearMonth month = r.month("month");
            String category = category(r, "category", mapping);
            Money amount = r.mnkr("amount");
            CsvTable.Row before = seen.putIfAbsent(month + " " + category, r);
            if (before != null) {
                throw r.error("category", "the forecast of " + category + " at " + month + " is given twice, first on "
                        + "line " + before.line());
            }
            out.add(new InvestmentForecastInput(month, category, amount, r.optionalText("source").orElse("")));
        }
        return out;
    }

    private static String category(CsvTable.Row r, String column, InvestmentMapping mapping) {
        String c = r.text(column);
        if (!mapping.defines(c)) {
            throw r.error(column, "unknown investment category \"" + c + "\"; " + MAPPING + " defines "
                    + String.join(", ", mapping.categories().stream().map(InvestmentCategory::code).toList()));
        }
        return c;
    }
}
