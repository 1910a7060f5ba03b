package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.UserException;
import se.balans.cli.report.ReportOutputOptions;
import se.balans.engine.EngineVersion;
import se.balans.engine.liquidity.CashBalance;
import se.balans.engine.liquidity.CashHistory;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.treasury.FinancialMonth;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.io.Fingerprint;
import se.balans.io.InputFileException;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.treasury.CashFile;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.LoanRegister;
import se.balans.io.treasury.PensionReturnsFile;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.text.Language;
import se.balans.reports.treasury.FinancialReport;

/** {@code balans report financial}: the financial report (finansrapport) of a month. */
@Command(name = "financial", mixinStandardHelpOptions = true,
        description = {"Write the financial report (finansrapport) of a month: the pension-fund portfolio against",
                "its benchmark, cash against the plan's cash-flow budget, and the loan portfolio as of the month's",
                "last day with the finance policy's limits, the plan's debt goal, the month's loan events and the",
                "maturity profile, with charts. The files default to the plan directory's treasury/ folder, the",
                "loan register to the one named for the month end (treasury/loans-YYYY-MM-DD.csv). Prints the",
                "written paths. Files: finansrapport-YYYY-MM.xlsx and .pdf (-en before the extension for English)."})
public final class ReportFinancialCommand implements Callable<Integer> {
    static final String BASE_NAME = "finansrapport";
    /** The folder of the treasury files in a plan directory. */
    static final String TREASURY = "treasury";
    static final String RETURNS = "pension-returns.csv";
    static final String POLICY = "finance-policy.csv";
    static final String CASH = "cash.csv";

    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    PlanOption planOption;
    @Mixin
    ReportOutputOptions output;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, converter = YearMonthConverter.class,
            description = "The month to report; the loan figures are as of its last day.")
    YearMonth month;

    @Option(names = "--loans", paramLabel = "FILE",
            description = "The loan register as of the month end. Default: treasury/loans-YYYY-MM-DD.csv in the plan "
                    + "directory, dated the month's last day.")
    Path loans;

    @Option(names = "--returns", paramLabel = "FILE",
            description = "The pension-fund returns. Default: treasury/" + RETURNS + " in the plan directory.")
    Path returns;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The finance policy's limits. Default: treasury/" + POLICY
                    + " in the plan directory, if there is one (without it the report has no limits).")
    Path policy;

    @Mixin
    se.balans.cli.StoreOption storeOption;

    @Option(names = "--cash", paramLabel = "FILE",
            description = "Month-end cash. Default: treasury/" + CASH + " in the plan directory.")
    Path cash;

    @Override
    public Integer call() throws IOException {
        Path dir = planOption.dir();
        Inputs inputs = new Inputs(
                loans != null ? BalansHome.resolve(loans) : Inputs.defaultLoans(dir, month),
                returns != null ? BalansHome.resolve(returns) : Inputs.required(dir, RETURNS, "--returns"),
                policy != null ? Optional.of(BalansHome.resolve(policy)) : Inputs.optional(dir, POLICY),
                cash != null ? BalansHome.resolve(cash) : Inputs.required(dir, CASH, "--cash"));
        PrintWriter w = spec.commandLine().getOut();
        List<Path> files = write(dir, month, inputs, lang.language(), output);
        try (se.balans.store.Store store = storeOption.open()) {
            se.balans.cli.report.ReportAudit.record(store, "financial report " + month + " from " + inputs.loans()
                    + ", " + inputs.returns() + ", " + inputs.cash(), files);
        }
        files.forEach(w::println);
        w.flush();
        return ExitCode.OK;
    }

    /** The treasury files of a financial report. */
    record Inputs(Path loans, Path returns, Optional<Path> policy, Path cash) {

        /** The plan directory's treasury files for a month, as the command's defaults choose them. */
        static Inputs defaults(Path planDir, YearMonth month) {
            return new Inputs(defaultLoans(planDir, month), required(planDir, RETURNS, "--returns"),
                    optional(planDir, POLICY), required(planDir, CASH, "--cash"));
        }

        /**
         * The register named for the month's last day. A register describes the loans as of one
         * date (floating rates, next fixings), so another date's register would give wrong figures.
         */
        static Path defaultLoans(Path planDir, YearMonth month) {
            Path folder = planDir.resolve(TREASURY);
            Path file = folder.resolve("loans-" + FinancialMonth.asOf(month) + ".csv");
            if (Files.isRegularFile(file)) {
                return file;
            }
            throw new UserException(ExitCode.BAD_INPUT, "no loan register as of " + FinancialMonth.asOf(month)
                    + ": expected " + file + " (" + registers(folder) + "); give one with --loans FILE");
        }

        private static String registers(Path folder) {
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "loans-*.csv")) {
                    ds.forEach(p -> names.add(p.getFileName().toString()));
                } catch (IOException e) {
                    return "cannot list " + folder + ": " + e.getMessage();
                }
            }
            names.sort(null);
            return names.isEmpty() ? "there is none" : "there are: " + String.join(", ", names);
        }

        static Path required(Path planDir, String name, String option) {
            Path file = planDir.resolve(TREASURY).resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new UserException(ExitCode.BAD_INPUT, "no " + file + "; give the file with " + option + " FILE");
            }
            return file;
        }

        static Optional<Path> optional(Path planDir, String name) {
            Path file = planDir.resolve(TREASURY).resolve(name);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }

        /** The files by their role, for the fingerprint: the same files elsewhere give the same one. */
        Map<String, Path> byRole(Path planDir) {
            Map<String, Path> m = new TreeMap<>();
            for (Path f : PlanDirectoryReader.inputFiles(planDir)) {
                m.put("plan/" + f.getFileName(), f);
            }
            m.put("loans", loans);
            m.put("returns", returns);
            policy.ifPresent(p -> m.put("policy", p));
            m.put("cash", cash);
            return m;
        }
    }

    /** Writes the financial report of {@code month}; returns the written paths. Also the demo's. */
    static List<Path> write(Path planDir, YearMonth month, Inputs in, Language language, ReportOutputOptions output)
            throws IOException {
        RegionalPlan plan = PlanDirectoryReader.read(planDir);
        LoanRegister register = LoanRegister.read(in.loans());
        PortfolioMetrics debt = register.metrics(FinancialMonth.asOf(month));
        PensionPortfolio pension = PensionReturnsFile.read(in.returns());
        if (pension.figures(month).isEmpty()) {
            throw new InputFileException(in.returns(), null, "month", "no returns for " + month + "; the file covers "
                    + pension.earliestMonth().orElseThrow() + " – " + pension.latestMonth().orElseThrow());
        }
        CashHistory cash = CashFile.read(in.cash());
        CashBalance balance = cash.at(month).orElseThrow(() -> new InputFileException(in.cash(), null, "month",
                "no cash for " + month + "; the file has " + String.join(", ",
                        cash.byMonth().keySet().stream().map(YearMonth::toString).toList())));
        Optional<FinancePolicy> policy = in.policy().map(FinancePolicyFile::read);
        FinancialMonth figures = FinancialMonth.of(month, debt, register.portfolio().events(month), pension, balance,
                plan, policy);
        DocumentMetadata metadata = new DocumentMetadata(Fingerprint.of(in.byRole(planDir), EngineVersion.get()),
                EngineVersion.get(), timestamp(month));
        return output.write(FinancialReport.build(figures, plan.region(), language, metadata),
                BASE_NAME + "-" + month);
    }

    /** Fixed by the inputs: the month's last day, UTC midnight. */
    static java.time.Instant timestamp(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        return end.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
