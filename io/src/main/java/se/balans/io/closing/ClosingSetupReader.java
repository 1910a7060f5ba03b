package se.balans.io.closing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.balans.engine.closing.AnnualBudget;
import se.balans.engine.closing.BudgetRevision;
import se.balans.engine.closing.ClosingConfig;
import se.balans.engine.closing.ForecastMethod;
import se.balans.engine.closing.MonthlyProfile;
import se.balans.engine.closing.ProfileRule;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.ledger.LedgerMapping.AccountTarget;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.engine.plan.Committee;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.balancerequirement.AdjustmentAccounts;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.trace.SourceFile;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvTable;

/**
 * Reads a closing's configuration from a region directory — {@code committees.csv},
 * {@code account-mapping.csv}, {@code cost-centre-mapping.csv}, {@code monthly-profiles.csv} and
 * {@code budget-YYYY.csv} — or from the same files' text as a closing stored them.
 */
public final class ClosingSetupReader {
    public static final String COMMITTEES = "committees.csv";
    public static final String ACCOUNTS = "account-mapping.csv";
    public static final String COST_CENTRES = "cost-centre-mapping.csv";
    public static final String PROFILES = "monthly-profiles.csv";
    /**
     * The balance-requirement history a closing continues into its forecast year: read from the
     * folder when it is there, or given by the workspace ({@link ClosingSetup#withHistory}); stored
     * verbatim with the closing like the other files.
     */
    public static final String HISTORY = "balance-requirement.csv";
    /**
     * Optional: the accounts that carry the balanskravsjusteringar ({@code from,to,line} with line one
     * of {@link AdjustmentAccounts#LINES}), so that the balance requirement of the year follows them
     * month by month; without it, årets resultat counts whole and the reports say so.
     */
    public static final String ADJUSTMENTS = "balance-requirement-accounts.csv";
    /**
     * {@code budget-YYYY.csv}, the budget as adopted, and {@code budget-YYYY-rN.csv}, its revisions
     * (N from 1): a closing uses the latest revision of its year and records every version, so that
     * reports name the one used and show the revision against the original.
     */
    private static final Pattern BUDGET = Pattern.compile("budget-(\\d{4})(?:-r([1-9][0-9]?))?\\.csv");
    private static final Set<String> SOURCE = Set.of("source", "description");
    /** The columns of a cost-centre mapping row for the rows booked without a cost centre on some accounts. */
    static final String ACCOUNT_FROM = "account_from";
    static final String ACCOUNT_TO = "account_to";
    static final int MAX_RANGES = 5_000;

    private ClosingSetupReader() {
    }

    /** Reads the files from a directory. The mappings and committees are required; the rest optional. */
    public static ClosingSetup read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputFileException(dir, null, null, "not a directory with the closing configuration");
        }
        Map<String, String> files = new TreeMap<>();
        for (String name : List.of(COMMITTEES, ACCOUNTS, COST_CENTRES, PROFILES, HISTORY, ADJUSTMENTS,
                BalanceSheetFiles.MAPPING, BalanceSheetFiles.PENSIONS)) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                files.put(name, CsvTable.readText(p));
            }
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "budget-*.csv")) {
            for (Path p : ds) {
                if (BUDGET.matcher(p.getFileName().toString()).matches()) {
                    files.put(p.getFileName().toString(), CsvTable.readText(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(dir, files).withOrganisation(organisation(dir));
    }

    /**
     * The organisation's name from the directory's {@code plan.properties} ({@code region=}), when the
     * configuration sits beside its plan as the sample region's does; {@code ""} otherwise.
     */
    static String organisation(Path dir) {
        return Files.isRegularFile(dir.resolve(PlanDirectoryReader.PROPERTIES)) ? PlanDirectoryReader.region(dir) : "";
    }

    /** Parses the configuration from file texts keyed by file name; {@code dir} names them in errors. */
    public static ClosingSetup parse(Path dir, Map<String, String> texts) {
        for (String required : List.of(COMMITTEES, ACCOUNTS, COST_CENTRES)) {
            if (!texts.containsKey(required)) {
                throw new InputFileException(dir.resolve(required), null, null, "missing: a closing needs it");
            }
        }
        List<Committee> committees = committeeList(dir.resolve(COMMITTEES), texts.get(COMMITTEES));
        Set<String> known = new LinkedHashSet<>(committees.stream().map(Committee::code).toList());
        RangeMap<AccountTarget> accounts = accountMapping(dir.resolve(ACCOUNTS), texts.get(ACCOUNTS));
        LedgerMapping mapping = costCentreMapping(dir.resolve(COST_CENTRES), texts.get(COST_CENTRES), known, accounts);
        ClosingConfig config = texts.containsKey(PROFILES)
                ? profiles(dir.resolve(PROFILES), texts.get(PROFILES), known) : ClosingConfig.defaults();
        Map<Integer, AnnualBudget> budgets = new TreeMap<>();
        List<SourceFile> files = new ArrayList<>();
        List<ConfigWarning> warnings = new ArrayList<>();
        if (texts.containsKey(ADJUSTMENTS)) {
            adjustmentAccounts(dir.resolve(ADJUSTMENTS), texts.get(ADJUSTMENTS));
        }
        if (texts.containsKey(BalanceSheetFiles.MAPPING)) {
            BalanceSheetFiles.mapping(dir.resolve(BalanceSheetFiles.MAPPING), texts.get(BalanceSheetFiles.MAPPING));
        }
        if (texts.containsKey(BalanceSheetFiles.PENSIONS)) {
            BalanceSheetFiles.pensions(dir.resolve(BalanceSheetFiles.PENSIONS), texts.get(BalanceSheetFiles.PENSIONS));
        }
        if (texts.containsKey(HISTORY)) {
            // Refused now, with its line, rather than when a report derives the forecast from it.
            BalanceRequirementHistory.parse(dir.resolve(HISTORY), texts.get(HISTORY)).schedule();
        }
        Map<Integer, String> used = budgetsUsed(texts.keySet());
        for (Map.Entry<String, String> e : new TreeMap<>(texts).entrySet()) {
            files.add(SourceFile.of(e.getKey(), e.getValue()));
            Matcher m = BUDGET.matcher(e.getKey());
            if (m.matches()) {
                // Every version is read, so that a broken one is refused, though only the latest is used.
                int year = Integer.parseInt(m.group(1));
                AnnualBudget b = budget(dir.resolve(e.getKey()), e.getValue(), year, known, warnings);
                if (e.getKey().equals(used.get(year))) {
                    budgets.put(year, b);
                }
            }
        }
        return new ClosingSetup("", mapping, config, budgets, committees, files, warnings);
    }

    /** The one rule of budget versions: per year, the file of the latest revision, else the adopted budget. */
    private static Map<Integer, String> budgetsUsed(java.util.Collection<String> names) {
        Map<Integer, String> used = new TreeMap<>();
        Map<Integer, Integer> revision = new TreeMap<>();
        for (String name : names) {
            Matcher m = BUDGET.matcher(name);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int r = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                if (r >= revision.getOrDefault(year, -1)) {
                    revision.put(year, r);
                    used.put(year, name);
                }
            }
        }
        return used;
    }

    /**
     * The configuration with the balance-requirement history of {@code file} (the workspace's), read
     * and checked as the closing will store it.
     */
    public static ClosingSetup withHistory(ClosingSetup setup, Path file) {
        String text = CsvTable.readText(file);
        BalanceRequirementHistory.parse(file, text).schedule();
        return setup.withHistory(SourceFile.of(HISTORY, text));
    }

    /**
     * The revision of {@code year}'s budget among a configuration's texts (as a closing recorded them),
     * if the year's budget was revised.
     */
    public static Optional<BudgetRevision> budgetRevision(Path dir, Map<String, String> texts, int year) {
        String original = "budget-" + year + ".csv";
        String latest = budgetsUsed(texts.keySet()).get(year);
        if (latest == null || latest.equals(original)) {
            return Optional.empty();
        }
        Set<String> known = new LinkedHashSet<>(committeeList(dir.resolve(COMMITTEES), texts.get(COMMITTEES)).stream()
                .map(Committee::code).toList());
        List<ConfigWarning> ignored = new ArrayList<>();
        Optional<AnnualBudget> adopted = Optional.ofNullable(texts.get(original))
                .map(t -> budget(dir.resolve(original), t, year, known, ignored));
        return Optional.of(new BudgetRevision(year, adopted.map(a -> original), latest, adopted,
                budget(dir.resolve(latest), texts.get(latest), year, known, ignored)));
    }

    /** The committees of a {@code committees.csv} text, with their Swedish and English names. */
    public static List<Committee> committeeList(Path file, String text) {
        CsvTable t = CsvTable.parse(file, text, Set.of("code", "name"), Set.of("name_en", "source"));
        List<Committee> out = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            if (!codes.add(r.text("code"))) {
                throw r.error("code", "committee " + r.text("code") + " is listed twice");
            }
            out.add(r.check("code", () -> new Committee(r.text("code"), r.text("name"),
                    r.optionalText("name_en").orElse(null))));
        }
        return out;
    }

    /**
     * The accounts of the balanskravsjusteringar from their file's text, as a closing stored it:
     * {@code from,to,line}, ranges as in the account mapping.
     */
    public static AdjustmentAccounts adjustmentAccounts(Path file, String text) {
        CsvTable t = withinRangeLimit(CsvTable.parse(file, text, Set.of("from", "to", "line"), SOURCE));
        List<RangeMap.Entry<BalanceRequirementLine>> entries = new ArrayList<>();
        Map<RangeMap.Entry<?>, CsvTable.Row> rows = new IdentityHashMap<>();
        Set<String> codes = new java.util.TreeSet<>();
        AdjustmentAccounts.LINES.forEach(l -> codes.add(l.code()));
        for (CsvTable.Row r : t.rows()) {
            PrefixRange range = range(r, "from", "to");
            String code = r.text("line");
            BalanceRequirementLine line = AdjustmentAccounts.LINES.stream().filter(l -> l.code().equals(code))
                    .findFirst().orElseThrow(() -> r.error("line", "unknown adjustment \"" + code + "\"; expected one of "
                            + String.join(", ", codes)));
            RangeMap.Entry<BalanceRequirementLine> entry = new RangeMap.Entry<>(range, line);
            entries.add(entry);
            rows.put(entry, r);
        }
        return new AdjustmentAccounts(rangeMap(entries, rows, "from"));
    }

    private static RangeMap<AccountTarget> accountMapping(Path file, String text) {
        CsvTable t = withinRangeLimit(CsvTable.parse(file, text, Set.of("from", "to", "line"), SOURCE));
        List<RangeMap.Entry<AccountTarget>> entries = new ArrayList<>();
        Map<RangeMap.Entry<?>, CsvTable.Row> rows = new IdentityHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            PrefixRange range = range(r, "from", "to");
            String code = r.text("line");
            AccountTarget target;
            if (code.equals("balance")) {
                target = AccountTarget.ignored();
            } else {
                target = AccountTarget.of(IncomeStatementLine.inputFromCode(code).orElseThrow(() -> r.error("line",
                        "unknown line \"" + code + "\"; expected balance or one of "
                                + String.join(", ", new java.util.TreeSet<>(IncomeStatementLine.inputCodes())))));
            }
            RangeMap.Entry<AccountTarget> entry = new RangeMap.Entry<>(range, target);
            entries.add(entry);
            rows.put(entry, r);
        }
        return rangeMap(entries, rows, "from");
    }

    /**
     * A range from two columns, each bound checked on its own so that the error names the column it
     * is in; codes may hold letters ({@code TF41}), see {@link PrefixRange}.
     */
    public static PrefixRange range(CsvTable.Row r, String fromColumn, String toColumn) {
        String from = r.text(fromColumn);
        r.check(fromColumn, () -> {
            PrefixRange.requireBound("start", from);
            return from;
        });
        String to = r.text(toColumn);
        return r.check(toColumn, () -> new PrefixRange(from, to));
    }

    /**
     * The cost-centre ranges, and the rules for rows booked without a cost centre: a row whose
     * {@code from} and {@code to} are both empty maps such rows to its committee — for every account,
     * or for the accounts in {@code account_from}–{@code account_to} (the most specific range wins,
     * as everywhere). Without such a row, a row without a cost centre stops the closing.
     */
    private static LedgerMapping costCentreMapping(Path file, String text, Set<String> committees,
                                                   RangeMap<AccountTarget> accounts) {
        Set<String> optional = new java.util.HashSet<>(SOURCE);
        optional.addAll(Set.of(ACCOUNT_FROM, ACCOUNT_TO));
        CsvTable t = withinRangeLimit(CsvTable.parse(file, text, Set.of("from", "to", "committee"), optional));
        List<RangeMap.Entry<String>> byCostCentre = new ArrayList<>();
        List<RangeMap.Entry<String>> withoutCostCentre = new ArrayList<>();
        Map<RangeMap.Entry<?>, CsvTable.Row> rows = new IdentityHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            boolean noFrom = r.optionalText("from").isEmpty();
            boolean noTo = r.optionalText("to").isEmpty();
            boolean byAccount = r.optionalText(ACCOUNT_FROM).isPresent() || r.optionalText(ACCOUNT_TO).isPresent();
            if (noFrom != noTo) {
                throw r.error(noFrom ? "from" : "to", "a value is required; leave both from and to empty for the "
                        + "rows booked without a cost centre");
            }
            if (noFrom) {
                PrefixRange range = byAccount ? range(r, ACCOUNT_FROM, ACCOUNT_TO) : PrefixRange.all();
                RangeMap.Entry<String> entry = new RangeMap.Entry<>(range, known(r, "committee", committees));
                withoutCostCentre.add(entry);
                rows.put(entry, r);
            } else {
                if (byAccount) {
                    throw r.error(r.optionalText(ACCOUNT_FROM).isPresent() ? ACCOUNT_FROM : ACCOUNT_TO,
                            "an account range applies only to rows booked without a cost centre (from and to empty); "
                                    + "a cost centre's rows go to its committee whatever the account");
                }
                PrefixRange range = range(r, "from", "to");
                RangeMap.Entry<String> entry = new RangeMap.Entry<>(range, known(r, "committee", committees));
                byCostCentre.add(entry);
                rows.put(entry, r);
            }
        }
        return new LedgerMapping(accounts, rangeMap(byCostCentre, rows, "from"),
                rangeMap(withoutCostCentre, rows, ACCOUNT_FROM));
    }

    /**
     * A mapping has tens or hundreds of ranges. The limit is far above that, and is there because
     * checking ranges for overlaps takes time with the square of their number: a damaged file of
     * 20 000 rows took 12 s, one of 8 MiB would take most of an hour.
     */
    public static CsvTable withinRangeLimit(CsvTable t) {
        if (t.rows().size() > MAX_RANGES) {
            throw t.rows().get(MAX_RANGES).error(null, "more than " + MAX_RANGES + " ranges: a mapping has tens or "
                    + "hundreds; not the right file?");
        }
        return t;
    }

    /**
     * The ranges as a map, or the refusal of two that overlap at the later one's line, naming the
     * earlier one's.
     */
    public static <V> RangeMap<V> rangeMap(List<RangeMap.Entry<V>> entries, Map<RangeMap.Entry<?>, CsvTable.Row> rows,
                                           String column) {
        try {
            return RangeMap.of(entries);
        } catch (RangeMap.OverlapException e) {
            CsvTable.Row a = rows.get(e.first());
            CsvTable.Row b = rows.get(e.second());
            CsvTable.Row earlier = a.line() <= b.line() ? a : b;
            CsvTable.Row later = earlier == a ? b : a;
            RangeMap.Entry<?> laterEntry = later == a ? e.first() : e.second();
            RangeMap.Entry<?> earlierEntry = later == a ? e.second() : e.first();
            if (laterEntry.range().length() == 0) {
                throw later.error("from", "a second rule for every account booked without a cost centre; the first is "
                        + "on line " + earlier.line() + " (rules overlap: give one, or give account ranges)");
            }
            throw later.error(column, "range " + laterEntry.range() + " overlaps " + earlierEntry.range() + " on line "
                    + earlier.line() + ": ranges of the same length may not share a code");
        }
    }

    private static String known(CsvTable.Row r, String column, Set<String> committees) {
        String c = r.text(column);
        if (!committees.contains(c)) {
            throw r.error(column, "unknown committee \"" + c + "\"; committees.csv lists " + String.join(", ", committees));
        }
        return c;
    }

    private static ClosingConfig profiles(Path file, String text, Set<String> committees) {
        CsvTable t = CsvTable.parse(file, text, Set.of("target", "profile", "forecast"), Set.of("weights"));
        Map<String, ProfileRule> byCommittee = new HashMap<>();
        Map<IncomeStatementLine, ProfileRule> byLine = new EnumMap<>(IncomeStatementLine.class);
        for (CsvTable.Row r : t.rows()) {
            String target = r.text("target");
            ForecastMethod method = r.check("forecast", () -> ForecastMethod.fromCode(r.text("forecast")));
            String kind = r.text("profile");
            ProfileRule rule = switch (kind) {
                case "learned" -> new ProfileRule(MonthlyProfile.Source.LEARNED, Optional.empty(), method);
                case "even" -> ProfileRule.even(method);
                case "configured" -> {
                    MonthlyProfile weights = weights(r);
                    yield r.check("weights", () -> ProfileRule.configured(weights, method));
                }
                default -> throw r.error("profile", "expected learned, even or configured, got \"" + kind + "\"");
            };
            Optional<IncomeStatementLine> line = IncomeStatementLine.inputFromCode(target);
            ProfileRule before;
            if (line.isPresent()) {
                before = byLine.put(line.get(), rule);
            } else if (committees.contains(target)) {
                before = byCommittee.put(target, rule);
            } else {
                throw r.error("target", "\"" + target + "\" is neither a committee nor a result line");
            }
            if (before != null) {
                // The later row would silently win; which one was meant is the user's to say.
                throw r.error("target", target + " is given twice");
            }
        }
        return new ClosingConfig(byCommittee, byLine, ProfileRule.learned());
    }

    private static MonthlyProfile weights(CsvTable.Row r) {
        String text = r.optionalText("weights").orElseThrow(() -> r.error("weights",
                "a configured profile needs twelve weights separated by spaces"));
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 12) {
            throw r.error("weights", "expected twelve weights, January first, got " + parts.length);
        }
        List<BigDecimal> w = new ArrayList<>();
        for (String p : parts) {
            w.add(r.check("weights", () -> CsvTable.decimal(p)));
        }
        return r.check("weights", () -> MonthlyProfile.configured(w));
    }

    /**
     * A year's budget. Each amount is signed as its line ({@link AnnualBudget#requireSign}). A
     * committee of {@code committees.csv} with no row gets a budget of 0 on every line, with a
     * warning: it may be meant (rows with amount 0 say so and silence it), or a committee forgotten.
     */
    private static AnnualBudget budget(Path file, String text, int year, Set<String> committees,
                                       List<ConfigWarning> warnings) {
        CsvTable t = CsvTable.parse(file, text, Set.of("committee", "line", "amount"), SOURCE);
        Map<Key, Money> amounts = new HashMap<>();
        Set<String> budgeted = new java.util.HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String c = known(r, "committee", committees);
            IncomeStatementLine line = IncomeStatementLine.inputFromCode(r.text("line")).orElseThrow(() ->
                    r.error("line", "unknown result line \"" + r.text("line") + "\""));
            Money amount = r.mnkr("amount");
            r.check("amount", () -> {
                AnnualBudget.requireSign(line, amount);
                return amount;
            });
            if (amounts.put(new Key(c, line), amount) != null) {
                throw r.error("line", c + " " + line.code() + " is given twice");
            }
            budgeted.add(c);
        }
        for (String c : committees) {
            if (!budgeted.contains(c)) {
                warnings.add(new ConfigWarning(file, Optional.empty(), Optional.empty(), "committee " + c + " has no "
                        + "row, so its " + year + " budget is 0 on every line (give it rows, with amount 0 if that is "
                        + "meant)"));
            }
        }
        return new AnnualBudget(year, amounts);
    }
}
