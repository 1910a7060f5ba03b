package se.balans.app.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.app.ConflictException;
import se.balans.app.InvalidRequestException;
import se.balans.app.MissingInputException;
import se.balans.engine.organisation.Organisation;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.workspace.Workspace;

/**
 * Use case: create a workspace ({@code balans init}) — the organisation's folder with its
 * {@value Workspace#FILE}. Optionally starts from a template folder ({@code --from}): last year's
 * workspace, or the sample region's files, whose plan, closing configuration, treasury files and
 * balance-requirement history are copied in (never over an existing file). Says what the workspace
 * still lacks before a month can be closed.
 */
public final class InitWorkspace {
    /** The treasury folder a template keeps its files in. */
    static final String TREASURY = "treasury";

    private InitWorkspace() {
    }

    /**
     * @param dir          the workspace's folder (created if missing)
     * @param organisation whose workspace it is
     * @param fiscalYear   the fiscal year being followed up
     * @param from         a folder to copy the plan, configuration and treasury files from
     * @param plan         the plan directory, if not in the workspace's folder
     * @param closing      the closing configuration, if not in the workspace's folder
     * @param treasury     the treasury folder, if not {@code treasury/}
     * @param store        the store (a JDBC URL or an H2 file's path), if not {@code balans-data/balans}
     */
    public record Request(Path dir, Organisation organisation, int fiscalYear, Optional<Path> from,
                          Optional<Path> plan, Optional<Path> closing, Optional<Path> treasury,
                          Optional<String> store) {
        public Request {
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(closing, "closing");
            Objects.requireNonNull(treasury, "treasury");
            Objects.requireNonNull(store, "store");
        }
    }

    /**
     * @param workspace the workspace created
     * @param copied    the files copied from the template, in the workspace
     * @param missing   what the workspace still lacks before a month can be closed and reported
     * @param notes     what a person should check: e.g. a template's plan that names another region
     */
    public record Created(Workspace workspace, List<Path> copied, List<String> missing, List<String> notes) {
        public Created {
            copied = List.copyOf(copied);
            missing = List.copyOf(missing);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @throws ConflictException       when the folder already is a workspace
     * @throws MissingInputException   when the template folder does not exist
     * @throws InvalidRequestException when a template is given together with other folders for its files
     */
    public static Created run(Request request) throws IOException {
        Path root = request.dir().toAbsolutePath().normalize();
        if (Files.exists(root.resolve(Workspace.FILE))) {
            Workspace existing = Workspace.read(root);
            throw new ConflictException(root + " already is a workspace, of " + existing.organisation()
                    + " (" + root.resolve(Workspace.FILE) + ")");
        }
        if (request.from().isPresent() && (request.plan().isPresent() || request.closing().isPresent()
                || request.treasury().isPresent())) {
            throw new InvalidRequestException("--from copies the plan, configuration and treasury files into the "
                    + "workspace; it goes without --plan, --config and --treasury, which point at folders elsewhere");
        }
        Path plan = request.plan().map(root::resolve).orElse(root.resolve(Workspace.DEFAULT_PLAN)).normalize();
        Path closing = request.closing().map(root::resolve).orElse(root.resolve(Workspace.DEFAULT_CLOSING)).normalize();
        Path treasury = request.treasury().map(root::resolve).orElse(root.resolve(Workspace.DEFAULT_TREASURY))
                .normalize();
        Workspace ws = new Workspace(root, request.organisation(), request.fiscalYear(), plan, closing, treasury,
                root.resolve(Workspace.DEFAULT_BALANCE_REQUIREMENT), request.store().orElse(Workspace.DEFAULT_STORE),
                root.resolve(Workspace.DEFAULT_REPORTS));
        List<Path> copied = new ArrayList<>();
        if (request.from().isPresent()) {
            copied.addAll(copy(request.from().get(), root));
        }
        Files.createDirectories(treasury);
        ws.write();
        return new Created(ws, copied, missing(ws), notes(ws));
    }

    /** Copies a template's top-level CSV and properties files and its treasury folder, never over a file. */
    private static List<Path> copy(Path from, Path root) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new MissingInputException("no template folder " + from + " (--from)");
        }
        List<Path> copied = new ArrayList<>();
        copyFiles(from, root, copied);
        if (Files.isDirectory(from.resolve(TREASURY))) {
            copyFiles(from.resolve(TREASURY), root.resolve(TREASURY), copied);
        }
        return copied;
    }

    private static void copyFiles(Path from, Path to, List<Path> copied) throws IOException {
        Files.createDirectories(to);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(from, "*.{csv,properties}")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!Files.isRegularFile(f) || name.equals(Workspace.FILE) || Files.exists(to.resolve(name))) {
                continue;
            }
            copied.add(Files.copy(f, to.resolve(name)));
        }
    }

    /** The files a closing and the reports cannot do without that the workspace does not have yet. */
    static List<String> missing(Workspace ws) {
        List<String> missing = new ArrayList<>();
        requireFile(ws.plan().resolve(PlanDirectoryReader.PROPERTIES), missing);
        for (String f : List.of(ClosingSetupReader.COMMITTEES, ClosingSetupReader.ACCOUNTS,
                ClosingSetupReader.COST_CENTRES)) {
            requireFile(ws.closing().resolve(f), missing);
        }
        return missing;
    }

    private static void requireFile(Path f, List<String> missing) {
        if (!Files.isRegularFile(f)) {
            missing.add(f.toString());
        }
    }

    /** What a person should look at: a plan copied from a template that names another organisation. */
    static List<String> notes(Workspace ws) {
        List<String> notes = new ArrayList<>();
        Path props = ws.plan().resolve(PlanDirectoryReader.PROPERTIES);
        if (Files.isRegularFile(props)) {
            try {
                String region = PlanDirectoryReader.region(ws.plan());
                if (!ws.organisation().hasName(region)) {
                    notes.add(props + " names " + region + " (region=): change it to " + ws.organisation().name()
                            + " and the plan's figures to your organisation's before closing a month");
                }
            } catch (RuntimeException e) {
                notes.add(props + ": " + e.getMessage());
            }
        }
        return notes;
    }
}
