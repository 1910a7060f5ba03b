package se.balans.app.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import se.balans.app.MissingInputException;
import se.balans.engine.treasury.FinancialMonth;
import se.balans.io.plan.PlanDirectoryReader;

/**
 * The treasury files of a financial report, and where a plan directory keeps them: a {@code treasury/}
 * folder with the loan register named for its date ({@code loans-YYYY-MM-DD.csv}), the pension-fund
 * returns, the finance policy (optional) and month-end cash.
 */
public record TreasuryFiles(Path loans, Path returns, Optional<Path> policy, Path cash) {
    /** The treasury folder of a workspace, unless its balans.properties names another. */
    public static final String FOLDER = "treasury";
    public static final String RETURNS = "pension-returns.csv";
    public static final String POLICY = "finance-policy.csv";
    public static final String CASH = "cash.csv";

    public TreasuryFiles {
        Objects.requireNonNull(loans, "loans");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(cash, "cash");
    }

    /** A treasury folder's files for a month (the workspace's {@code treasury} folder). */
    public static TreasuryFiles defaults(Path folder, YearMonth month) {
        return new TreasuryFiles(defaultLoans(folder, month), required(folder, RETURNS, "--returns"),
                optional(folder, POLICY), required(folder, CASH, "--cash"));
    }

    /**
     * The register named for the month's last day. A register describes the loans as of one date
     * (floating rates, next fixings), so another date's register would give wrong figures.
     *
     * @throws MissingInputException when there is none
     */
    public static Path defaultLoans(Path folder, YearMonth month) {
        Path file = register(folder, FinancialMonth.asOf(month));
        if (Files.isRegularFile(file)) {
            return file;
        }
        throw new MissingInputException("no loan register as of " + FinancialMonth.asOf(month)
                + ": expected " + file + " (" + registers(folder) + "); give one with --loans FILE");
    }

    /** The loan register as of a date in a treasury folder: {@code loans-YYYY-MM-DD.csv}, whether there or not. */
    public static Path register(Path folder, java.time.LocalDate asOf) {
        return folder.resolve("loans-" + asOf + ".csv");
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

    /**
     * A file the report needs from the treasury folder.
     *
     * @param option how a person gives another file instead, named in the refusal
     * @throws MissingInputException when it is not there
     */
    public static Path required(Path folder, String name, String option) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new MissingInputException("no " + file + "; give the file with " + option + " FILE");
        }
        return file;
    }

    /** A file the report can do without, if the treasury folder has it. */
    public static Optional<Path> optional(Path folder, String name) {
        Path file = folder.resolve(name);
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
