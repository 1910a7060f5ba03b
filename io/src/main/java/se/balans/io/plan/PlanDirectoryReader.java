package se.balans.io.plan;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;
import se.balans.engine.plan.BudgetFrame;
import se.balans.engine.plan.Committee;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.FrameChange;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.GoalMetric;
import se.balans.engine.plan.InvestmentPlanYear;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.plan.StatementSigns;
import se.balans.engine.plan.YearStatus;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;
import se.balans.engine.statement.StatementLine;
import se.balans.io.InputFileException;
import se.balans.io.PropertiesFile;
import se.balans.io.csv.CsvTable;

/**
 * Reads a regional plan from a directory of small files (the format is documented in the README):
 * {@code plan.properties} and, each optional, {@code committees.csv}, {@code frames.csv},
 * {@code frame-changes.csv}, {@code income-statement.csv}, {@code balance-sheet.csv},
 * {@code cash-flow.csv}, {@code investment-plan.csv} and {@code goals.csv}. Amounts are mnkr.
 */
public final class PlanDirectoryReader {
    public static final String PROPERTIES = "plan.properties";
    static final String COMMITTEES = "committees.csv";
    static final String FRAMES = "frames.csv";
    static final String FRAME_CHANGES = "frame-changes.csv";
    static final String INCOME_STATEMENT = "income-statement.csv";
    static final String BALANCE_SHEET = "balance-sheet.csv";
    static final String CASH_FLOW = "cash-flow.csv";
    static final String INVESTMENT_PLAN = "investment-plan.csv";
    static final String GOALS = "goals.csv";
    /** Every file a plan directory may hold, in a fixed order: what the reader reads and a fingerprint covers. */
    public static final List<String> FILES = List.of(PROPERTIES, COMMITTEES, FRAMES, FRAME_CHANGES, INCOME_STATEMENT,
            BALANCE_SHEET, CASH_FLOW, INVESTMENT_PLAN, GOALS);
    /** Optional property: the date the council adopted the plan, e.g. {@code adopted=2024-11-26}. */
    public static final String ADOPTED = "adopted";
    /**
     * The keys {@code plan.properties} may hold besides {@code year.YYYY}: a misspelt key
     * ({@code borrowing_limit=4000}) would otherwise be ignored and its figure silently missing.
     */
    static final List<String> KEYS = List.of("region", "plan_year", "published_rounding_mnkr",
            "borrowing_limit_mnkr", ADOPTED);
    private static final String YEAR_KEY = "year.";
    static final Set<String> SOURCE = Set.of("source");

    private PlanDirectoryReader() {
    }

    public static RegionalPlan read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputFileException(dir, null, null, "not a plan directory");
        }
        Path propsFile = dir.resolve(PROPERTIES);
        PropertiesFile props = readProperties(propsFile);
        String region = requiredProperty(props, "region");
        int planYear = yearProperty(props, "plan_year");
        Money rounding = optionalMnkrProperty(props, "published_rounding_mnkr").orElse(Money.ZERO);
        Optional<Money> borrowingLimit = optionalMnkrProperty(props, "borrowing_limit_mnkr");
        Map<Integer, YearStatus> status = yearStatus(props);

        List<Committee> committees = readCommittees(dir.resolve(COMMITTEES));
        Set<String> codes = new HashSet<>();
        committees.forEach(c -> codes.add(c.code()));
        List<BudgetFrame> frames = readFrames(dir.resolve(FRAMES), codes);
        List<FrameChange> changes = readFrameChanges(dir.resolve(FRAME_CHANGES), codes);
        var is = readStatement(dir.resolve(INCOME_STATEMENT), StatementKind.INCOME_STATEMENT,
                IncomeStatementLine.class);
        var bs = readStatement(dir.resolve(BALANCE_SHEET), StatementKind.BALANCE_SHEET, BalanceSheetLine.class);
        var cf = readStatement(dir.resolve(CASH_FLOW), StatementKind.CASH_FLOW, CashFlowLine.class);
        List<InvestmentPlanYear> investments = readInvestments(dir.resolve(INVESTMENT_PLAN));
        List<FinancialGoal> goals = readGoals(dir.resolve(GOALS));
        try {
            return new RegionalPlan(region, planYear, status, committees, frames, changes, is, bs, cf, investments,
                    goals, borrowingLimit, rounding);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(dir, null, null, e.getMessage(), e);
        }
    }

    /** The organisation a plan directory is of ({@code region=} in its {@code plan.properties}), its tables unread. */
    public static String region(Path dir) {
        return requiredProperty(readProperties(dir.resolve(PROPERTIES)), "region");
    }

    /** The plan files present in {@code dir}, in the order of {@link #FILES}. */
    public static List<Path> inputFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        for (String f : FILES) {
            if (Files.isRegularFile(dir.resolve(f))) {
                out.add(dir.resolve(f));
            }
        }
        return out;
    }

    /**
     * The plan's adoption date from {@code plan.properties} ({@code adopted=YYYY-MM-DD}), if given:
     * the date a plan report carries, so that the same plan gives the same document.
     */
    public static Optional<LocalDate> adopted(Path dir) {
        Path file = dir.resolve(PROPERTIES);
        PropertiesFile props = readProperties(file);
        Optional<String> given = props.get(ADOPTED);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String v = given.get();
        try {
            return Optional.of(LocalDate.parse(v.strip()));
        } catch (DateTimeParseException e) {
            throw props.error(ADOPTED, "expected a date such as 2024-11-26, got \"" + v + "\"");
        }
    }

    /**
     * {@code plan.properties}, strictly: a key that is not one of {@link #KEYS} or {@code year.YYYY}, or a
     * key given twice, is refused with its line.
     */
    private static PropertiesFile readProperties(Path file) {
        return PropertiesFile.read(file,
                "missing: a plan directory needs plan.properties with at least region and plan_year",
                key -> KEYS.contains(key) || key.startsWith(YEAR_KEY), String.join(", ", KEYS) + " and year.YYYY");
    }

    private static String requiredProperty(PropertiesFile p, String key) {
        return p.required(key);
    }

    private static int yearProperty(PropertiesFile p, String key) {
        String v = requiredProperty(p, key);
        if (!v.matches("\\d{4}")) {
            throw p.error(key, "expected a year such as 2025, got \"" + v + "\"");
        }
        return Integer.parseInt(v);
    }

    private static Optional<Money> optionalMnkrProperty(PropertiesFile p, String key) {
        Optional<String> given = p.get(key);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String v = given.get();
        BigDecimal mnkr;
        try {
            mnkr = CsvTable.decimal(v.strip());
        } catch (IllegalArgumentException e) {
            throw p.error(key, "expected an amount in mnkr: " + e.getMessage());
        }
        if (mnkr.stripTrailingZeros().scale() > 8) {
            throw p.error(key, "amount " + mnkr.toPlainString()
                    + " mnkr is finer than one öre (8 decimals)");
        }
        return Optional.of(Money.ofMnkr(mnkr));
    }

    /** {@code year.2023=outcome}, {@code year.2024=budget}, … */
    private static Map<Integer, YearStatus> yearStatus(PropertiesFile p) {
        Map<Integer, YearStatus> m = new TreeMap<>();
        for (String key : p.keys()) {
            if (!key.startsWith("year.")) {
                continue;
            }
            String y = key.substring("year.".length());
            if (!y.matches("\\d{4}")) {
                throw p.error(key, "expected year.YYYY, e.g. year.2025=budget");
            }
            try {
                m.put(Integer.parseInt(y), YearStatus.fromCode(p.get(key).orElse("")));
            } catch (IllegalArgumentException e) {
                throw p.error(key, e.getMessage());
            }
        }
        return m;
    }

    private static List<Committee> readCommittees(Path file) {
        List<Committee> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        CsvTable t = CsvTable.read(file, Set.of("code", "name"), Set.of("name_en", "source"));
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String code = r.text("code");
            if (!seen.add(code)) {
                throw r.error("code", "committee " + code + " is listed twice");
            }
            out.add(r.check("code", () -> new Committee(code, r.text("name"), r.optionalText("name_en").orElse(null))));
        }
        return out;
    }

    private static List<BudgetFrame> readFrames(Path file, Set<String> committees) {
        List<BudgetFrame> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        CsvTable t = CsvTable.read(file, Set.of("year", "committee", "amount"), SOURCE);
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            int year = r.year("year");
            String c = knownCommittee(r, "committee", committees);
            if (!seen.add(year + "/" + c)) {
                throw r.error("committee", "a second frame for " + c + " in " + year);
            }
            Money amount = r.mnkr("amount");
            out.add(r.check("year", () -> new BudgetFrame(year, c, amount)));
        }
        return out;
    }

    private static List<FrameChange> readFrameChanges(Path file, Set<String> committees) {
        List<FrameChange> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        CsvTable t = CsvTable.read(file, Set.of("year", "committee", "kind", "amount", "reason"),
                Set.of("counterparty", "source"));
        for (CsvTable.Row r : t.rows()) {
            int year = r.year("year");
            String c = knownCommittee(r, "committee", committees);
            FrameChangeKind kind = r.check("kind", () -> FrameChangeKind.fromCode(r.text("kind")));
            Money amount = r.mnkr("amount");
            Optional<String> counterparty = r.optionalText("counterparty");
            if (counterparty.isPresent()) {
                knownCommittee(r, "counterparty", committees);
            }
            out.add(r.check(kind == FrameChangeKind.REALLOCATION ? "counterparty" : "amount",
                    () -> new FrameChange(year, c, kind, amount, counterparty, r.text("reason"))));
        }
        return out;
    }

    private static String knownCommittee(CsvTable.Row r, String column, Set<String> committees) {
        String c = r.text(column);
        if (!committees.contains(c)) {
            throw r.error(column, "unknown committee \"" + c + "\"; committees.csv lists " + String.join(", ",
                    new java.util.TreeSet<>(committees)));
        }
        return c;
    }

    /**
     * Long format: year,line,amount[,source]; one amount per year and line, signed as printed
     * ({@link StatementSigns}: a cost entered positive is refused, not summed into a wrong result).
     */
    static <L extends Enum<L> & StatementLine> Map<Integer, Statement<L>> readStatement(
            Path file, StatementKind kind, Class<L> lines) {
        Map<Integer, Statement<L>> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        Map<String, L> byCode = new HashMap<>();
        for (L l : lines.getEnumConstants()) {
            byCode.put(l.code(), l);
        }
        CsvTable t = CsvTable.read(file, Set.of("year", "line", "amount"), SOURCE);
        Map<Integer, Map<L, Money>> values = new TreeMap<>();
        for (CsvTable.Row r : t.rows()) {
            int year = r.year("year");
            String code = r.text("line");
            L line = byCode.get(code);
            if (line == null) {
                throw r.error("line", "unknown " + kind.code() + " line \"" + code + "\"; the lines are "
                        + String.join(", ", byCode.keySet().stream().sorted().toList()));
            }
            Map<L, Money> m = values.computeIfAbsent(year, y -> new EnumMap<>(lines));
            Money amount = r.mnkr("amount");
            r.check("amount", () -> StatementSigns.check(line, amount));
            if (m.put(line, amount) != null) {
                throw r.error("line", code + " is given twice for " + year);
            }
        }
        values.forEach((y, m) -> out.put(y, Statement.of(kind, y, m)));
        return out;
    }

    private static List<InvestmentPlanYear> readInvestments(Path file) {
        List<InvestmentPlanYear> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        CsvTable t = CsvTable.read(file, Set.of("year", "investment_frame", "depreciation"), SOURCE);
        Set<Integer> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            int year = r.year("year");
            if (!seen.add(year)) {
                throw r.error("year", year + " is given twice");
            }
            Money frame = r.mnkr("investment_frame");
            Money dep = r.mnkr("depreciation");
            out.add(r.check(frame.isNegative() ? "investment_frame" : "depreciation",
                    () -> new InvestmentPlanYear(year, frame, dep)));
        }
        return out;
    }

    /** Ratio targets are given in percent (3 for 3 %), money targets in mnkr. */
    private static List<FinancialGoal> readGoals(Path file) {
        List<FinancialGoal> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        CsvTable t = CsvTable.read(file, Set.of("id", "year", "metric", "comparison", "target", "text"), SOURCE);
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            if (!ids.add(r.text("id"))) {
                throw r.error("id", "goal " + r.text("id") + " is given twice");
            }
            GoalMetric metric = r.check("metric", () -> GoalMetric.fromCode(r.text("metric")));
            String cmp = r.text("comparison");
            if (!cmp.equals("at_least") && !cmp.equals("at_most")) {
                throw r.error("comparison", "expected at_least or at_most, got \"" + cmp + "\"");
            }
            BigDecimal target = metric.unit() == GoalMetric.Unit.RATIO ? Ratios.fromPercent(r.number("target"))
                    : r.mnkr("target").sek();
            out.add(r.check("id", () -> new FinancialGoal(r.text("id"), r.year("year"), metric,
                    cmp.equals("at_least"), target, r.text("text"))));
        }
        return out;
    }
}
