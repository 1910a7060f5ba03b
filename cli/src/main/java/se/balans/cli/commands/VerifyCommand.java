package se.balans.cli.commands;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.app.closing.VerifyClosings;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.output.Summaries;
import se.balans.engine.closing.ClosingComparison;
import se.balans.engine.money.Money;
import se.balans.reports.text.Labels;
import se.balans.store.Store;

/** {@code balans verify}: do the stored closings reproduce, and are the imported files unchanged? */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recompute every closing (or one month's) from the stored inputs — the imports it recorded and",
                "its configuration as stored — and report every stored figure that differs from the recomputed",
                "one; hash the imported files again and report any whose SHA-256 no longer matches. Exit code 1",
                "when anything differs or an imported file a closing read is gone (it could not be checked)."})
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = YearMonthConverter.class,
            description = "Only this month's closing.")
    YearMonth month;

    /** Amounts in kronor to the öre, so that no difference hides in rounding. */
    private String show(Object value) {
        return value instanceof Money m ? lang.numbers().kronor(m) : String.valueOf(value);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Labels l = lang.labels();
        VerifyClosings.Result r;
        try (Store store = storeOption.open()) {
            r = VerifyClosings.run(store, Optional.ofNullable(month));
        }
        for (VerifyClosings.ClosingCheck c : r.closings()) {
            String engine = c.sameEngine() ? "" : " " + l.format("verify.other_engine", c.info().engineVersion());
            if (c.ok()) {
                out.println(l.format("verify.closing_ok", c.info().period(), c.info().id()) + engine);
            } else {
                out.println(l.format("verify.closing_differs", c.info().period(), c.info().id(), c.differences().size())
                        + engine);
                for (ClosingComparison.Difference d : c.differences()) {
                    out.println("  " + l.format("verify.difference", d.figure(), show(d.stored()), show(d.recomputed())));
                }
            }
        }
        for (VerifyClosings.FileCheck f : r.files()) {
            String key = "verify.file." + f.state().name().toLowerCase(Locale.ROOT);
            out.println(l.format(key, f.file().id(), f.file().filePath().orElse(f.file().fileName()),
                    f.sha256Now().orElse("")));
        }
        r.stale().forEach(s -> out.println(Summaries.stale(s, l)));
        if (r.closings().isEmpty()) {
            out.println(month == null ? l.get("verify.nothing") : l.format("verify.not_closed", month));
        }
        out.println(l.get(r.ok() ? "verify.ok" : "verify.failed"));
        out.flush();
        return r.ok() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
