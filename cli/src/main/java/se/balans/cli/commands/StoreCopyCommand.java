package se.balans.cli.commands;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.app.store.CopyStore;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.output.Progress;
import se.balans.reports.text.Labels;
import se.balans.store.jooq.StoreCopy;

/** {@code balans store copy --to URL}: the whole store into another, empty one, checked. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copy the whole store into an empty store of another database (H2 to PostgreSQL, back, or to "
                + "a new H2 file as a backup): imports, ledger, closings (reopened ones too), forecasts, organisation "
                + "and audit log, with their ids. Then compare the two table by table (rows and SHA-256) and "
                + "recompute the copied closings, as balans verify does. Exit code 1 when anything differs; 4 when "
                + "the target is not empty (nothing is copied)."})
public final class StoreCopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;

    @Option(names = "--to", required = true, paramLabel = "JDBC-URL",
            description = "The target store: a new H2 file (jdbc:h2:file:PATH) or an empty PostgreSQL database or "
                    + "schema (jdbc:postgresql://HOST[:PORT]/DATABASE?currentSchema=SCHEMA). The user comes from "
                    + "BALANS_TO_DB_USER, the password from BALANS_TO_DB_PASSWORD or ~/.pgpass, never from the URL.")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Labels l = lang.labels();
        StoreCopy.Location source = new StoreCopy.Location(storeOption.url(), StoreOption.user(), StoreOption.password());
        StoreCopy.Location target = new StoreCopy.Location(StoreOption.checked(to, "--to", "BALANS_TO_DB_PASSWORD"),
                StoreOption.environment("BALANS_TO_DB_USER"), StoreOption.environment("BALANS_TO_DB_PASSWORD"));
        CopyStore.Result r = CopyStore.run(new CopyStore.Request(source, target, StoreOption.osUser()),
                progress(spec.commandLine().getErr(), l));

        out.println(l.format("store.copy.from_to", source, target));
        for (StoreCopy.TableCopy t : r.copy().tables()) {
            out.println("  " + (t.matches() ? l.format("store.copy.table", t.table(), count(t.targetRows()))
                    : l.format("store.copy.table_differs", t.table(), count(t.sourceRows()), count(t.targetRows()))));
        }
        long differing = r.copy().tables().stream().filter(t -> !t.matches()).count();
        out.println(differing == 0
                ? l.format("store.copy.verified", r.copy().tables().size(), count(r.copy().rows()))
                : l.format("store.copy.not_verified", differing));
        r.closings().chain().filter(c -> c.ok() && c.head().isPresent()).ifPresent(c -> out.println(
                l.format("verify.chain.ok", c.entries(), c.head().get().entry(), c.head().get().sha256())));
        out.println(r.closings().ok() ? l.format("store.copy.closings_ok", r.closings().closings().size())
                : l.format("store.copy.closings_failed", target));
        out.flush();
        return r.ok() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private String count(long n) {
        return lang.numbers().number(BigDecimal.valueOf(n), 0);
    }

    /** A running count per table on stderr (a terminal, or BALANS_PROGRESS=1), cleared when the table is whole. */
    private static StoreCopy.Progress progress(PrintWriter err, Labels l) {
        java.util.Map<String, Progress> shown = new java.util.HashMap<>();
        return (table, copied, done) -> {
            Progress p = shown.computeIfAbsent(table, t -> Progress.stderr(err, l.format("store.copy.progress", t)));
            if (done) {
                p.done();
            } else {
                p.count(copied);
            }
        };
    }
}
