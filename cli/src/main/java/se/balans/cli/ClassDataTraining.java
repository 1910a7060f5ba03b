package se.balans.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The run the {@code balans} script makes its class-data-sharing archive from, once per build: in one JVM, a
 * small sample ledger is written, imported and closed in a temporary workspace and the month's report is made.
 * The JVM archives every class that run loaded (picocli, H2, jOOQ, the readers, the closing, POI and PDFBox), so
 * each later command starts from parsed and verified classes instead of reading them from the jars: a close of a
 * million rows spends about 0.25 s less in class loading than with an archive of {@code status} alone.
 *
 * <p>Not a command: it writes only in the folder it is given, prints nothing, and exits non-zero when a step
 * fails, so the script keeps no archive from a broken run.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    /** {@code args[0]}: an empty folder to work in, which the caller removes afterwards. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ClassDataTraining EMPTY-DIR");
            System.exit(ExitCode.USAGE);
        }
        System.exit(run(Path.of(args[0]), new PrintWriter(System.err, true)));
    }

    /** Runs the steps in {@code folder}; the exit code of the first that fails (named on {@code err}), else 0. */
    static int run(Path folder, PrintWriter err) {
        Path dir = folder.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("class-data training: cannot create " + dir + ": " + e.getMessage());
            return ExitCode.INTERNAL;
        }
        String db = "--db=jdbc:h2:file:" + dir.resolve("store");
        Main.quietLibraries();
        String before = System.getProperty("balans.workspace");
        System.setProperty("balans.workspace", dir.toString());
        try {
            List<List<String>> steps = List.of(
                    List.of("init", dir.toString(), "--name=Region Västerbotten", "--org-number=232100-0222",
                            "--year=2025", "--from=" + BalansHome.sampleRegion()),
                    List.of("sample-ledger", "--year=2025", "--rows-per-year=20000", "--format=sie", "--out=" + dir),
                    List.of("import", dir.resolve("region-vasterbotten-2025.se").toString(), db),
                    List.of("close", "2025-12", db),
                    List.of("status", db),
                    List.of("report", "monthly", "--month=2025-12", "--out=" + dir.resolve("reports"), db));
            PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            for (List<String> step : steps) {
                int code = Main.run(step.toArray(String[]::new), none, none);
                if (code != ExitCode.OK) {
                    err.println("class-data training: 'balans " + String.join(" ", step) + "' exited " + code);
                    return code;
                }
            }
            return ExitCode.OK;
        } finally {
            if (before == null) {
                System.clearProperty("balans.workspace");
            } else {
                System.setProperty("balans.workspace", before);
            }
        }
    }
}
