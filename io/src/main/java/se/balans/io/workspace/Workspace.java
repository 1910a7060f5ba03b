package se.balans.io.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.organisation.Organisation;
import se.balans.io.InputFileException;
import se.balans.io.PropertiesFile;

/**
 * A workspace (arbetsyta): one organisation's folder, the way a git repository is one project's. Its
 * file {@value #FILE} says whose it is — the organisation's name and number — which fiscal year it
 * works in, where its plan, closing configuration, treasury files and balance-requirement history are,
 * which store holds its ledger and closings, and where its reports go. Every command works from the
 * workspace it is run in (this folder or any folder below it), so that another organisation's
 * ledger, plan or store is never used by default.
 *
 * @param root               the folder holding {@value #FILE}
 * @param organisation       whose figures these are
 * @param fiscalYear         the fiscal year being followed up (räkenskapsår; a region's is the calendar
 *                           year, LKBR 3 kap. 1 §); months of later years are not closed here
 * @param plan               the plan directory ({@code plan.properties} and its tables)
 * @param closing            the closing configuration (committees, mappings, profiles, budgets)
 * @param treasury           the treasury folder (loan registers, pension returns, cash, finance policy)
 * @param balanceRequirement the balance-requirement history ({@code balance-requirement.csv})
 * @param store              the store: a JDBC URL, or the path of an H2 file relative to the root
 * @param reports            where report commands write by default
 */
public record Workspace(Path root, Organisation organisation, int fiscalYear, Path plan, Path closing,
                        Path treasury, Path balanceRequirement, String store, Path reports) {
    /** The workspace's file, at its root. */
    public static final String FILE = "balans.properties";

    static final String ORGANISATION = "organisation";
    static final String ORGANISATION_NUMBER = "organisation_number";
    static final String FISCAL_YEAR = "fiscal_year";
    static final String PLAN = "plan";
    static final String CLOSING = "closing";
    static final String TREASURY = "treasury";
    static final String BALANCE_REQUIREMENT = "balance_requirement";
    static final String STORE = "store";
    static final String REPORTS = "reports";
    static final List<String> KEYS = List.of(ORGANISATION, ORGANISATION_NUMBER, FISCAL_YEAR, PLAN, CLOSING,
            TREASURY, BALANCE_REQUIREMENT, STORE, REPORTS);

    /** The layout {@code balans init} writes unless told otherwise: everything beside the file. */
    public static final String DEFAULT_PLAN = ".";
    public static final String DEFAULT_CLOSING = ".";
    public static final String DEFAULT_TREASURY = "treasury";
    public static final String DEFAULT_BALANCE_REQUIREMENT = "balance-requirement.csv";
    public static final String DEFAULT_STORE = "balans-data/balans";
    public static final String DEFAULT_REPORTS = "out";

    public Workspace {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(treasury, "treasury");
        Objects.requireNonNull(balanceRequirement, "balanceRequirement");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(reports, "reports");
        if (fiscalYear < 1900 || fiscalYear > 2999) {
            throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
        }
    }

    /**
     * The workspace {@code start} is in: the nearest folder from {@code start} upwards that holds
     * {@value #FILE}, as git finds its repository.
     */
    public static Optional<Workspace> find(Path start) {
        return findRoot(start).map(Workspace::read);
    }

    /** The nearest folder from {@code start} upwards that holds {@value #FILE}. */
    public static Optional<Path> findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the workspace whose root is {@code root}.
     *
     * @throws InputFileException naming the line and key of what is missing or wrong
     */
    public static Workspace read(Path root) {
        Path file = root.resolve(FILE);
        PropertiesFile p = PropertiesFile.read(file, "missing: not a Balans workspace (balans init creates one)",
                KEYS::contains, String.join(", ", KEYS));
        String name = p.required(ORGANISATION);
        String number = p.required(ORGANISATION_NUMBER);
        Organisation organisation;
        try {
            organisation = Organisation.of(name, number);
        } catch (IllegalArgumentException e) {
            throw p.error(ORGANISATION_NUMBER, e.getMessage());
        }
        String year = p.required(FISCAL_YEAR);
        if (!year.matches("(19|2[0-9])[0-9]{2}")) {
            throw p.error(FISCAL_YEAR, "expected a year such as 2026, got \"" + year + "\"");
        }
        Path r = root.toAbsolutePath().normalize();
        return new Workspace(r, organisation, Integer.parseInt(year),
                path(r, p, PLAN, DEFAULT_PLAN), path(r, p, CLOSING, DEFAULT_CLOSING),
                path(r, p, TREASURY, DEFAULT_TREASURY), path(r, p, BALANCE_REQUIREMENT, DEFAULT_BALANCE_REQUIREMENT),
                p.get(STORE).orElse(DEFAULT_STORE), path(r, p, REPORTS, DEFAULT_REPORTS));
    }

    private static Path path(Path root, PropertiesFile p, String key, String fallback) {
        String v = p.get(key).orElse(fallback);
        try {
            return root.resolve(v).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw p.error(key, "not a path: " + e.getMessage());
        }
    }

    /**
     * The store's JDBC URL: the URL as written, or for a path the H2 file there (absolute, so that
     * every folder of the workspace opens the same store) with {@code h2Options} appended.
     */
    public String storeUrl(String h2Options) {
        if (store.startsWith("jdbc:")) {
            return store;
        }
        return "jdbc:h2:file:" + root.resolve(store).toAbsolutePath().normalize() + h2Options;
    }

    /**
     * Writes {@value #FILE} into {@code root}: the organisation, the year and each path relative to
     * the root where it can be, so that the folder can be moved or shared as a whole.
     *
     * @throws IOException when it cannot be written; an existing file is never overwritten
     */
    public void write() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Balans workspace of ").append(organisation.name()).append(".\n")
                .append("# Every balans command run in this folder or below it works on this organisation's\n")
                .append("# plan, ledger and store. Paths are relative to this folder. See docs/workspace.md.\n")
                .append(ORGANISATION).append('=').append(escape(organisation.name())).append('\n')
                .append(ORGANISATION_NUMBER).append('=').append(organisation.number()).append('\n')
                .append("# The fiscal year being followed up (a region's fiscal year is the calendar year).\n")
                .append(FISCAL_YEAR).append('=').append(fiscalYear).append('\n')
                .append("# The regional plan (plan.properties and its tables).\n")
                .append(PLAN).append('=').append(relative(plan)).append('\n')
                .append("# The closing configuration: committees, account and cost-centre mappings, profiles, budgets.\n")
                .append(CLOSING).append('=').append(relative(closing)).append('\n')
                .append("# Loan registers (loans-YYYY-MM-DD.csv), pension-returns.csv, cash.csv, finance-policy.csv.\n")
                .append(TREASURY).append('=').append(relative(treasury)).append('\n')
                .append("# The balance-requirement history the auditors re-run.\n")
                .append(BALANCE_REQUIREMENT).append('=').append(relative(balanceRequirement)).append('\n')
                .append("# The store: an H2 file (a path) or jdbc:postgresql://HOST/DATABASE (docs/postgresql.md).\n")
                .append(STORE).append('=').append(store.startsWith("jdbc:") ? store : relative(root.resolve(store)))
                .append('\n')
                .append("# Where report commands write unless given --out.\n")
                .append(REPORTS).append('=').append(relative(reports)).append('\n');
        Files.createDirectories(root);
        Files.writeString(root.resolve(FILE), sb.toString(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW);
    }

    /** A path as the file writes it: relative to the root where it can be, with forward slashes. */
    private String relative(Path p) {
        Path abs = root.resolve(p).toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        String s;
        if (abs.equals(base)) {
            s = ".";
        } else if (abs.getRoot() != null && abs.getRoot().equals(base.getRoot())) {
            s = base.relativize(abs).toString();
        } else {
            s = abs.toString();
        }
        return escape(s.replace('\\', '/'));
    }

    /** A value as {@code Properties} reads it back: backslashes and leading spaces escaped. */
    private static String escape(String v) {
        String s = v.replace("\\", "\\\\");
        return s.startsWith(" ") ? "\\" + s : s;
    }
}
