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
import se.balans.engine.investment.InvestmentProject;
import se.balans.engine.investment.InvestmentProjects;
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
    /**
     * {@code month,category,amount[,project][,source]}: a category's (or, with a project, the project's)
     * full-year forecast given at a month's closing, mnkr.
     */
    public static final String FORECAST = "investment-forecast.csv";
    /**
     * {@code dimension,project,category,name[,name_en][,source]}: the project register (optional): the ledger's
     * project dimension and each project's code in it, its category and names.
     */
    public static final String PROJECTS = "investment-projects.csv";

    private static final Set<String> SOURCE = Set.of("source", "description");

    private InvestmentFiles() {
    }

    /** The investment inputs of a configuration folder. */
    public record Inputs(InvestmentMapping mapping, List<InvestmentBudget> budgets,
                         List<InvestmentCarryOver> carryOvers, List<InvestmentForecastInput> forecasts,
                         Optional<InvestmentProjects> projects) {
        public Inputs {
            java.util.Objects.requireNonNull(projects, "projects");
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
        Map<String, String> texts = new HashMap<>();
        for (String name : NAMES) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                texts.put(name, CsvTable.readText(p));
            }
        }
        return parse(dir, texts);
    }

    /** The investment files' names, as a closing records them. */
    public static final List<String> NAMES = List.of(MAPPING, BUDGET, CARRY_OVER, FORECAST, PROJECTS);

    /**
     * The investment inputs from file texts keyed by file name (a folder's, or those a closing recorded);
     * {@code dir} names them in errors. Nothing without {@value #MAPPING}; with it, {@value #BUDGET} is required.
     */
    public static Optional<Inputs> parse(Path dir, Map<String, String> texts) {
        String mappingText = texts.get(MAPPING);
        if (mappingText == null) {
            return Optional.empty();
        }
        InvestmentMapping mapping = mapping(dir.resolve(MAPPING), mappingText);
        Optional<InvestmentProjects> projects = Optional.ofNullable(texts.get(PROJECTS))
                .map(t -> projects(dir.resolve(PROJECTS), t, mapping));
        String budgetText = texts.get(BUDGET);
        if (budgetText == null) {
            throw new InputFileException(dir.resolve(BUDGET), null, null, "missing: the investments of " + MAPPING
                    + " are followed up against it");
        }
        List<InvestmentBudget> budgets = budgets(dir.resolve(BUDGET), budgetText, mapping, projects);
        List<InvestmentCarryOver> carry = Optional.ofNullable(texts.get(CARRY_OVER))
                .map(t -> carryOvers(dir.resolve(CARRY_OVER), t, mapping, projects)).orElse(List.of());
        List<InvestmentForecastInput> forecasts = Optional.ofNullable(texts.get(FORECAST))
                .map(t -> forecasts(dir.resolve(FORECAST), t, mapping, projects)).orElse(List.of());
        return Optional.of(new Inputs(mapping, budgets, carry, forecasts, projects));
    }

    /**
     * The project register from its file's text: one dimension on every row, each project once, in a
     * category the mapping defines, with a Swedish name.
     */
    public static InvestmentProjects projects(Path file, String text, InvestmentMapping mapping) {
        CsvTable t = CsvTable.parse(file, text, Set.of("dimension", "project", "category", "name"),
                Set.of("name_en", "source", "description"));
        List<InvestmentProject> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new HashMap<>();
        String dimension = null;
        CsvTable.Row dimensionRow = null;
        for (CsvTable.Row r : t.rows()) {
            String d = r.text("dimension");
            if (dimension == null) {
                dimension = d;
                dimensionRow = r;
            } else if (!dimension.equals(d)) {
                throw r.error("dimension", "the projects are objects of one dimension: line " + dimensionRow.line()
                        + " names " + dimension + ", this line " + d);
            }
            String code = r.text("project");
            CsvTable.Row before = seen.putIfAbsent(code, r);
            if (before != null) {
                throw r.error("project", "the project " + code + " is registered twice, first on line "
                        + before.line());
            }
            String category = category(r, "category", mapping);
            out.add(r.check("name", () -> new InvestmentProject(code, category, r.text("name"),
                    r.optionalText("name_en").orElse(""))));
        }
        if (dimension == null) {
            throw new InputFileException(file, null, null, "no projects: the register names the ledger's project "
                    + "dimension and its projects; remove the file if investments are not followed up per project");
        }
        return new InvestmentProjects(dimension, out);
    }

    /**
     * A row's project, checked against the register: registered, and in the row's category. Without a register
     * a budget's or carry-over's project only sums into its category; a forecast's would be lost, so it is refused.
     */
    private static Optional<String> project(CsvTable.Row r, String category, Optional<InvestmentProjects> register,
                                            boolean needsRegister) {
        Optional<String> project = r.optionalText("project");
        if (project.isEmpty()) {
            return project;
        }
        if (register.isEmpty()) {
            if (needsRegister) {
                throw r.error("project", "a project's forecast needs the project register " + PROJECTS
                        + ", which names the ledger's project dimension");
            }
            return project;
        }
        InvestmentProject p = register.get().project(project.get()).orElseThrow(() -> r.error("project",
                "unknown project \"" + project.get() + "\"; " + PROJECTS + " does not register it"));
        if (!p.category().equals(category)) {
            throw r.error("category", "the project " + p.code() + " is in the category " + p.category() + " ("
                    + PROJECTS + "), not " + category);
        }
        return project;
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
        return budgets(file, text, mapping, Optional.empty());
    }

    /** The investment budgets, each project a registered one in its own category when there is a register. */
    public static List<InvestmentBudget> budgets(Path file, String text, InvestmentMapping mapping,
                                                 Optional<InvestmentProjects> register) {
        CsvTable t = CsvTable.parse(file, text, Set.of("year", "category", "amount"), Set.of("project", "source"));
        List<InvestmentBudget> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            int year = r.year("year");
            String category = category(r, "category", mapping);
            Optional<String> project = project(r, category, register, false);
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
        return carryOvers(file, text, mapping, Optional.empty());
    }

    /** The decided carry-overs, each project a registered one in its own category when there is a register. */
    public static List<InvestmentCarryOver> carryOvers(Path file, String text, InvestmentMapping mapping,
                                                       Optional<InvestmentProjects> register) {
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
            Optional<String> project = project(r, category, register, false);
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
        return forecasts(file, text, mapping, Optional.empty());
    }

    /** The forecasts given, per category or (with the register) per project. */
    public static List<InvestmentForecastInput> forecasts(Path file, String text, InvestmentMapping mapping,
                                                          Optional<InvestmentProjects> register) {
        CsvTable t = CsvTable.parse(file, text, Set.of("month", "category", "amount"), Set.of("project", "source"));
        List<InvestmentForecastInput> out = new ArrayList<>();
        Map<String, CsvTable.Row> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            java.time.YearMonth month = r.month("month");
            String category = category(r, "category", mapping);
            Optional<String> project = project(r, category, register, true);
            Money amount = r.mnkr("amount");
            CsvTable.Row before = seen.putIfAbsent(month + " " + category + " " + project.orElse(""), r);
            if (before != null) {
                throw r.error(project.isPresent() ? "project" : "category", "the forecast of "
                        + project.map(p -> "the project " + p).orElse(category) + " at " + month
                        + " is given twice, first on line " + before.line());
            }
            out.add(new InvestmentForecastInput(month, category, project, amount, r.optionalText("source").orElse("")));
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
