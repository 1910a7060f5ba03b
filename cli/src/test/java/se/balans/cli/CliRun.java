package se.balans.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;

import se.balans.engine.organisation.Organisation;
import se.balans.io.workspace.Workspace;

/** Runs the balans command in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The repository root, where sample-data lives. */
    public static Path repo() {
        String p = System.getProperty("balans.repo");
        Path root = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("sample-data"))) {
            root = root.getParent();
        }
        return root;
    }

    private static Path sampleWorkspace;

    /**
     * A workspace of the sample region (Region Västerbotten) whose plan, configuration and treasury
     * files are the repository's {@code sample-data/region-vasterbotten}, made once per test run in a
     * temporary folder; the store is the tests' ({@code -Dbalans.db}).
     */
    public static synchronized Path sampleWorkspace() {
        if (sampleWorkspace == null) {
            try {
                Path root = Files.createTempDirectory("balans-workspace");
                Path region = repo().resolve("sample-data").resolve("region-vasterbotten");
                new Workspace(root, Organisation.of("Region Västerbotten", "232100-0222"), 2026, region, region,
                        region.resolve("treasury"), region.resolve("balance-requirement.csv"),
                        Workspace.DEFAULT_STORE, root.resolve("out")).write();
                sampleWorkspace = root;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sampleWorkspace;
    }

    /** Runs the in-process commands of this JVM in the sample workspace, with sample-data under balans.home. */
    public static void useSampleWorkspace() {
        System.setProperty("balans.home", repo().toString());
        System.setProperty("balans.workspace", sampleWorkspace().toString());
    }

    public static String sample(String relative) {
        return repo().resolve("sample-data").resolve(relative).toString();
    }
}
