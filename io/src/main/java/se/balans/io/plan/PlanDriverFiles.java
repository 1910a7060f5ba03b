package se.balans.io.plan;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.balans.engine.InvalidInputException;
import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;
import se.balans.engine.plan.FrameChange;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.plan.drivers.Adjustments;
import se.balans.engine.plan.drivers.CommitteeDrivers;
import se.balans.engine.plan.drivers.Decision;
import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.engine.plan.drivers.ExistingDepreciation;
import se.balans.engine.plan.drivers.Financing;
import se.balans.engine.plan.drivers.GrantPart;
import se.balans.engine.plan.drivers.Investment;
import se.balans.engine.plan.drivers.PayrollOverhead;
import se.balans.engine.plan.drivers.PensionForecast;
import se.balans.engine.plan.drivers.PlanCalculator;
import se.balans.engine.plan.drivers.PlanDrivers;
import se.balans.engine.plan.drivers.PriceIndex;
import se.balans.engine.plan.drivers.Scenario;
import se.balans.engine.plan.drivers.ScenarioComparison;
import se.balans.engine.plan.drivers.SensitivityAnalysis;
import se.balans.engine.plan.drivers.TaxBaseForecast;
import se.balans.io.InputFileException;
import se.balans.io.PropertiesFile;
import se.balans.io.csv.CsvTable;
import se.balans.io.history.BalanceRequirementHistory;

/**
 * A directory of plan drivers (documented in docs/plan-drivers.md): {@code drivers.properties}
 * naming the base plan and the years, and one small CSV file per driver. Read strictly: every error
 * names the file, line and column and says what was expected.
 *
 * @param dir the drivers directory
 * @param basePlanDir the plan directory whose base year the plan starts from
 * @param base that plan, read
 * @param history the balance-requirement history up to the base year, if the directory has one
 * @param scenarios the scenarios of {@code scenarios.csv}, if any
 * @param linesOfYears per file with one row a year, the line of each year's row: an error the
 *        computation finds in a year is pointed at that line
 */
public record PlanDriverFiles(Path dir, Path basePlanDir, RegionalPlan base, PlanDrivers drivers,
                              Optional<BalanceRequirementHistory> history, List<Scenario> scenarios,
                              Map<String, Map<Integer, Long>> linesOfYears) {

    public static final String PROPERTIES = "drivers.properties";
    public static final String PRICE_INDEX = "price-index.csv";
    public static final String COMMITTEES = "committee-drivers.csv";
    public static final String OVERHEAD = "payroll-overhead.csv";
    public static final String TAX_BASE = "tax-base.csv";
    public static final String GRANTS = "general-grants.csv";
    public static final String PENSIONS = "pensions.csv";
    public static final String DECISIONS = "frame-decisions.csv";
    public static final String INVESTMENTS = "investments.csv";
    public static final String DEPRECIATION = "depreciation.csv";
    public static final String FINANCING = "financing.csv";
    public static final String HISTORY = "balance-requirement.csv";
    public static final String SCENARIOS = "scenarios.csv";
    static final List<String> KEYS = List.of("base_plan", "base_year", "last_year", "pension_committee",
            "depreciation_committee");
    private static final Set<String> SOURCE = Set.of("source");
    /** Where an engine refusal points: the driver file and, when the field is one of its columns, the column. */
    private record Place(String file, String column) {
    }

    /** Which file (and column) an engine refusal's field points at. */
    private static final Map<String, Place> PLACE_OF_FIELD = Map.ofEntries(
            Map.entry("price_index", new Place(PRICE_INDEX, null)),
            Map.entry("non_indexed", new Place(COMMITTEES, "non_indexed")),
            Map.entry("payroll_overhead", new Place(OVERHEAD, null)),
            Map.entry("tax_base", new Place(TAX_BASE, "tax_base")),
            Map.entry("general_grants", new Place(GRANTS, null)),
            Map.entry("pensions", new Place(PENSIONS, null)),
            Map.entry("kind", new Place(DECISIONS, "kind")),
            Map.entry("depreciation", new Place(DEPRECIATION, null)),
            Map.entry("financing", new Place(FINANCING, null)),
            Map.entry("amortisation", new Place(FINANCING, "amortisation")),
            Map.entry("year", new Place(HISTORY, "year")),
            Map.entry("special_reasons", new Place(HISTORY, "special_reasons")),
            Map.entry("reserve_use", new Place(HISTORY, "reserve_use")),
            Map.entry("reserve_opening", new Place(HISTORY, "reserve_opening")),
            Map.entry("base_plan", new Place(PROPERTIES, "base_plan")));

    public PlanDriverFiles {
        scenarios = List.copyOf(scenarios);
        linesOfYears = Map.copyOf(linesOfYears);
    }

    public static PlanDriverFiles read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputFileException(dir, null, null, "not a drivers directory");
        }
        PropertiesFile props = PropertiesFile.read(dir.resolve(PROPERTIES),
                "missing: a drivers directory needs drivers.properties with base_plan, base_year and last_year",
                KEYS::contains, String.join(", ", KEYS));
        Path basePlanDir = dir.resolve(props.required("base_plan")).normalize();
        RegionalPlan base = PlanDirectoryReader.read(basePlanDir);
        int baseYear = year(props, "base_year");
        int lastYear = year(props, "last_year");
        Set<String> committees = new TreeSet<>(base.committeeCodes());
        String pension = committee(props, "pension_committee", committees);
        String depreciation = committee(props, "depreciation_committee", committees);
        Map<String, Map<Integer, Long>> lines = new java.util.HashMap<>();
        for (String f : List.of(PRICE_INDEX, OVERHEAD, TAX_BASE, PENSIONS, DEPRECIATION, FINANCING)) {
            lines.put(f, new java.util.TreeMap<>());
        }
        PlanDrivers drivers;
        try {
            drivers = new PlanDrivers(baseYear, lastYear, pension, depreciation,
                    readIndex(dir.resolve(PRICE_INDEX), lines.get(PRICE_INDEX)),
                    readCommittees(dir.resolve(COMMITTEES), committees),
                    readOverhead(dir.resolve(OVERHEAD), committees, lines.get(OVERHEAD)),
                    readTaxBase(dir.resolve(TAX_BASE), lines.get(TAX_BASE)),
                    readGrants(dir.resolve(GRANTS)), readPensions(dir.resolve(PENSIONS), lines.get(PENSIONS)),
                    readDecisions(dir.resolve(DECISIONS), committees), readInvestments(dir.resolve(INVESTMENTS)),
                    readDepreciation(dir.resolve(DEPRECIATION), lines.get(DEPRECIATION)),
                    readFinancing(dir.resolve(FINANCING), lines.get(FINANCING)),
                    Adjustments.NONE);
        } catch (InputFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw props.error("last_year", e.getMessage());
        }
        Path historyFile = dir.resolve(HISTORY);
        Optional<BalanceRequirementHistory> history = Files.exists(historyFile)
                ? Optional.of(BalanceRequirementHistory.read(historyFile)) : Optional.empty();
        Path scenarioFile = dir.resolve(SCENARIOS);
        List<Scenario> scenarios = Files.exists(scenarioFile) ? readScenarios(scenarioFile, committees) : List.of();
        return new PlanDriverFiles(dir, basePlanDir, base, drivers, history, scenarios, lines);
    }

    /** The plan computed from these drivers; a driver the computation misses is named with its file. */
    public ComputedPlan compute() {
        return engine(() -> PlanCalculator.compute(base, drivers, historyInputs(), openingReserve()));
    }

    /** The plan and every scenario of {@code scenarios.csv}, side by side. */
    public ScenarioComparison compareScenarios() {
        return engine(() -> ScenarioComparison.compare(base, drivers, historyInputs(), openingReserve(), scenarios));
    }

    /** The känslighetsanalys of the plan. */
    public SensitivityAnalysis sensitivity() {
        return engine(() -> SensitivityAnalysis.compute(base, drivers, historyInputs(), openingReserve()));
    }

    private List<BalanceRequirementInput> historyInputs() {
        return history.map(BalanceRequirementHistory::years).orElse(List.of());
    }

    private Money openingReserve() {
        return history.map(BalanceRequirementHistory::openingReserve).orElse(Money.ZERO);
    }

    private <T> T engine(java.util.function.Supplier<T> run) {
        try {
            return run.get();
        } catch (InvalidInputException e) {
            Place place = PLACE_OF_FIELD.getOrDefault(e.field(), new Place(PROPERTIES, null));
            Long line = e.year() == null ? null : linesOfYears.getOrDefault(place.file(), Map.of()).get(e.year());
            throw new InputFileException(dir.resolve(place.file()), line, place.column(), e.getMessage(), e);
        }
    }

    private static int year(PropertiesFile p, String key) {
        String v = p.required(key);
        if (!v.matches("\\d{4}")) {
            throw p.error(key, "expected a year such as 2025, got \"" + v + "\"");
        }
        return Integer.parseInt(v);
    }

    private static String committee(PropertiesFile p, String key, Set<String> committees) {
        String c = p.required(key);
        if (!committees.contains(c)) {
            throw p.error(key, "unknown committee \"" + c + "\"; the base plan lists " + String.join(", ", committees));
        }
        return c;
    }

    private static String knownCommittee(CsvTable.Row r, String column, Set<String> committees) {
        String c = r.text(column);
        if (!committees.contains(c)) {
            throw r.error(column, "unknown committee \"" + c + "\"; the base plan lists " + String.join(", ",
                    committees));
        }
        return c;
    }

    private static BigDecimal percent(CsvTable.Row r, String column) {
        return Ratios.fromPercent(r.number(column));
    }

    private static Optional<BigDecimal> optionalPercent(CsvTable.Row r, String column) {
        return r.optionalNumber(column).map(Ratios::fromPercent);
    }

    private static String source(CsvTable.Row r) {
        return r.optionalText("source").orElse("");
    }

    /** A year may appear once in a per-year file; its line is kept for later errors. */
    private static int uniqueYear(CsvTable.Row r, Map<Integer, Long> lines) {
        int y = r.year("year");
        Long before = lines.putIfAbsent(y, r.line());
        if (before != null) {
            throw r.error("year", y + " is given twice (also on line " + before + ")");
        }
        return y;
    }

    private static CsvTable table(Path file, Set<String> required, Set<String> optional) {
        if (!Files.exists(file)) {
            throw new InputFileException(file, null, null, "missing: the drivers directory needs this file "
                    + "(columns " + String.join(", ", new TreeSet<>(required)) + ")");
        }
        return CsvTable.read(file, required, optional);
    }

    static List<PriceIndex> readIndex(Path file, Map<Integer, Long> lines) {
        CsvTable t = table(file, Set.of("year", "index_percent"),
                Set.of("index_incl_pension_percent", "pay_percent", "source"));
        List<PriceIndex> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = uniqueYear(r, lines);
            out.add(r.check("year", () -> new PriceIndex(y, percent(r, "index_percent"),
                    optionalPercent(r, "index_incl_pension_percent"), optionalPercent(r, "pay_percent"), source(r))));
        }
        return out;
    }

    static List<CommitteeDrivers> readCommittees(Path file, Set<String> committees) {
        if (!Files.exists(file)) {
            return List.of();
        }
        CsvTable t = CsvTable.read(file, Set.of("committee", "payroll"), Set.of("non_indexed", "source"));
        Set<String> seen = new HashSet<>();
        List<CommitteeDrivers> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String c = knownCommittee(r, "committee", committees);
            if (!seen.add(c)) {
                throw r.error("committee", c + " is given twice");
            }
            Money payroll = r.mnkr("payroll");
            Money nonIndexed = r.optionalMnkr("non_indexed").orElse(Money.ZERO);
            out.add(r.check(payroll.isNegative() ? "payroll" : "non_indexed",
                    () -> new CommitteeDrivers(c, payroll, nonIndexed, source(r))));
        }
        return out;
    }

    static List<PayrollOverhead> readOverhead(Path file, Set<String> committees, Map<Integer, Long> lines) {
        if (!Files.exists(file)) {
            return List.of();
        }
        CsvTable t = CsvTable.read(file, Set.of("year", "total_percent", "pension_part_percent"),
                Set.of("receiver", "source"));
        List<PayrollOverhead> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = uniqueYear(r, lines);
            Optional<String> receiver = r.optionalText("receiver").map(c -> knownCommittee(r, "receiver", committees));
            out.add(r.check("pension_part_percent", () -> new PayrollOverhead(y, percent(r, "total_percent"),
                    percent(r, "pension_part_percent"), receiver, source(r))));
        }
        return out;
    }

    static List<TaxBaseForecast> readTaxBase(Path file, Map<Integer, Long> lines) {
        CsvTable t = table(file, Set.of("year", "tax_rate"),
                Set.of("tax_base", "growth_percent", "settlement", "forecast", "source"));
        List<TaxBaseForecast> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = uniqueYear(r, lines);
            Optional<Money> base = r.optionalMnkr("tax_base");
            Optional<BigDecimal> growth = optionalPercent(r, "growth_percent");
            BigDecimal rate = r.number("tax_rate");
            Money settlement = r.optionalMnkr("settlement").orElse(Money.ZERO);
            String column = base.isPresent() == growth.isPresent() || base.map(Money::isNegative).orElse(false)
                    ? "tax_base" : "tax_rate";
            out.add(r.check(column, () -> new TaxBaseForecast(y, base, growth, rate, settlement,
                    r.optionalText("forecast").orElse(""), source(r))));
        }
        return out;
    }

    static List<GrantPart> readGrants(Path file) {
        CsvTable t = table(file, Set.of("year", "part", "amount"), SOURCE);
        Set<String> seen = new HashSet<>();
        List<GrantPart> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = r.year("year");
            String part = r.text("part");
            if (!seen.add(y + "/" + part)) {
                throw r.error("part", part + " is given twice for " + y);
            }
            Money amount = r.mnkr("amount");
            out.add(r.check("part", () -> new GrantPart(y, part, amount, source(r))));
        }
        return out;
    }

    static List<PensionForecast> readPensions(Path file, Map<Integer, Long> lines) {
        CsvTable t = table(file, Set.of("year", "operating", "financial"),
                Set.of("provision", "contingent_liability", "source"));
        List<PensionForecast> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = uniqueYear(r, lines);
            Map<String, Money> given = new LinkedHashMap<>();
            for (String c : List.of("operating", "financial")) {
                given.put(c, nonNegative(r, c));
            }
            Optional<Money> provision = r.optionalMnkr("provision");
            Optional<Money> contingent = r.optionalMnkr("contingent_liability");
            provision.ifPresent(p -> requireNonNegative(r, "provision", p));
            contingent.ifPresent(p -> requireNonNegative(r, "contingent_liability", p));
            out.add(r.check("year", () -> new PensionForecast(y, given.get("operating"), given.get("financial"),
                    provision, contingent, source(r))));
        }
        return out;
    }

    private static Money nonNegative(CsvTable.Row r, String column) {
        return requireNonNegative(r, column, r.mnkr(column));
    }

    private static Money requireNonNegative(CsvTable.Row r, String column, Money m) {
        if (m.isNegative()) {
            throw r.error(column, "expected an amount ≥ 0 in mnkr, got " + m.toMnkr().toPlainString());
        }
        return m;
    }

    /** Decided changes, in the format of the plan's {@code frame-changes.csv}; only decidable kinds. */
    static List<Decision> readDecisions(Path file, Set<String> committees) {
        if (!Files.exists(file)) {
            return List.of();
        }
        CsvTable t = CsvTable.read(file, Set.of("year", "committee", "kind", "amount", "reason"),
                Set.of("counterparty", "source"));
        List<Decision> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = r.year("year");
            String c = knownCommittee(r, "committee", committees);
            FrameChangeKind kind = r.check("kind", () -> FrameChangeKind.fromCode(r.text("kind")));
            if (!PlanDrivers.isDecidable(kind)) {
                throw r.error("kind", kind.code() + " is computed from the drivers; a decision is addition, "
                        + "reduction, reallocation or targeted_state_grant");
            }
            Money amount = r.mnkr("amount");
            Optional<String> counterparty = r.optionalText("counterparty")
                    .map(cp -> knownCommittee(r, "counterparty", committees));
            out.add(r.check(kind == FrameChangeKind.REALLOCATION ? "counterparty" : "amount",
                    () -> new Decision(new FrameChange(y, c, kind, amount, counterparty, r.text("reason")),
                            source(r))));
        }
        return out;
    }

    static List<Investment> readInvestments(Path file) {
        CsvTable t = table(file, Set.of("year", "category", "amount", "useful_life"), SOURCE);
        List<Investment> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = r.year("year");
            Money amount = nonNegative(r, "amount");
            BigDecimal life = r.number("useful_life");
            boolean whole = life.stripTrailingZeros().scale() <= 0;
            if (!whole || life.signum() <= 0 || life.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw r.error("useful_life", "expected whole years from 1 to 100, got " + life.toPlainString());
            }
            out.add(r.check("category", () -> new Investment(y, r.text("category"), amount, life.intValueExact(),
                    source(r))));
        }
        return out;
    }

    static List<ExistingDepreciation> readDepreciation(Path file, Map<Integer, Long> lines) {
        CsvTable t = table(file, Set.of("year", "existing"), SOURCE);
        List<ExistingDepreciation> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = uniqueYear(r, lines);
            Money existing = nonNegative(r, "existing");
            out.add(new ExistingDepreciation(y, existing, source(r)));
        }
        return out;
    }

    static List<Financing> readFinancing(Path file, Map<Integer, Long> lines) {
        CsvTable t = table(file, Set.of("year", "existing_interest", "new_rate_percent"),
                Set.of("new_borrowing", "amortisation", "financial_income", "other_financial_costs",
                        "unrealised_gains", "short_term_placements", "minimum_cash", "source"));
        List<Financing> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            int y = uniqueYear(r, lines);
            Money interest = nonNegative(r, "existing_interest");
            Money borrowing = optionalNonNegative(r, "new_borrowing");
            Money amortisation = optionalNonNegative(r, "amortisation");
            Money income = optionalNonNegative(r, "financial_income");
            Money other = optionalNonNegative(r, "other_financial_costs");
            Money unrealised = r.optionalMnkr("unrealised_gains").orElse(Money.ZERO);
            Money placements = r.optionalMnkr("short_term_placements").orElse(Money.ZERO);
            Money minimumCash = optionalNonNegative(r, "minimum_cash");
            out.add(r.check("year", () -> new Financing(y, interest, borrowing, amortisation,
                    percent(r, "new_rate_percent"), income, other, unrealised, placements, minimumCash, source(r))));
        }
        return out;
    }

    private static Money optionalNonNegative(CsvTable.Row r, String column) {
        return r.optionalMnkr(column).map(m -> requireNonNegative(r, column, m)).orElse(Money.ZERO);
    }

    /** {@code scenario,change,year,committee,value[,description][,note]}: one row per change. */
    static List<Scenario> readScenarios(Path file, Set<String> committees) {
        CsvTable t = CsvTable.read(file, Set.of("scenario", "change", "value"),
                Set.of("year", "committee", "description", "note"));
        Map<String, List<Scenario.Change>> changes = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String name = r.text("scenario");
            Scenario.Kind kind = r.check("change", () -> Scenario.Kind.fromCode(r.text("change")));
            Optional<Integer> year = r.optionalText("year").map(v -> r.year("year"));
            Optional<String> committee = r.optionalText("committee").map(c -> knownCommittee(r, "committee",
                    committees));
            BigDecimal value = r.number("value");
            String column = kind == Scenario.Kind.ADDITION && committee.isEmpty() ? "committee"
                    : year.isEmpty() ? "year" : "value";
            changes.computeIfAbsent(name, n -> new ArrayList<>()).add(r.check(committee.isPresent()
                    && kind != Scenario.Kind.ADDITION ? "committee" : column, () -> new Scenario.Change(kind, year,
                    committee, value, r.optionalText("note").orElse(""))));
            r.optionalText("description").ifPresent(d -> descriptions.putIfAbsent(name, d));
        }
        List<Scenario> out = new ArrayList<>();
        changes.forEach((name, list) -> out.add(new Scenario(name, descriptions.getOrDefault(name, ""), list)));
        return out;
    }
}
