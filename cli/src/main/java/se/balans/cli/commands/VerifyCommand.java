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
import se.balans.store.ChainCheck;
import se.balans.store.Store;

/**
 * {@code balans verify}: is the audit log's chain whole, do the imported files still give the stored balances, and
 * do the stored closings reproduce?
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the store as an auditor would, and report every difference with where it is:",
                "  1. the audit log's hash chain: a deleted, altered or inserted entry, or stored",
                "     rows (an import's balances, a closing's figures) that no longer match the",
                "     entry that recorded them;",
                "  2. every current import's file (and every file a closing read): its SHA-256",
                "     again, then its balances re-derived from the file and compared with the",
                "     stored ones to the öre;",
                "  3. every closing (or one month's) recomputed from the stored imports and",
                "     configuration.",
                "Exit code 1 when anything differs, a closing is stale, or a file is gone (it could not be checked)."})
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

    @Option(names = "--quick", description = {"Skip re-deriving the balances from the files (the chain, the files' "
            + "SHA-256 and the closings are still checked); says so in its output."})
    boolean quick;

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
            r = VerifyClosings.run(store, Optional.ofNullable(month),
                    quick ? VerifyClosings.Mode.QUICK : VerifyClosings.Mode.FULL);
        }
        r.chain().ifPresent(chain -> printChain(out, l, chain));
        for (VerifyClosings.FileCheck f : r.files()) {
            String name = f.file().filePath().orElse(f.file().fileName());
            if (f.rederived().isEmpty()) {
                String key = "verify.file." + f.state().name().toLowerCase(Locale.ROOT);
                out.println(l.format(key, f.file().id(), name, f.sha256Now().orElse("")));
            } else if (f.rederived().get().ok()) {
                out.println(l.format("verify.file.rederived", f.file().id(), name,
                        lang.numbers().number(java.math.BigDecimal.valueOf(f.rederived().get().balances()), 0)));
            } else {
                out.println(l.format("verify.file.rederived_differs", f.file().id(), name,
                        f.rederived().get().differences().size()));
                for (ClosingComparison.Difference d : f.rederived().get().differences()) {
                    out.println("  " + l.format("verify.difference", d.figure(), show(d.stored()), show(d.recomputed())));
                }
            }
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
        r.stale().forEach(s -> out.println(Summaries.stale(s, l)));
        if (r.closings().isEmpty()) {
            out.println(month == null ? l.get("verify.nothing") : l.format("verify.not_closed", month));
        }
        if (r.mode() == VerifyClosings.Mode.QUICK) {
            out.println(l.get("verify.quick"));
        }
        out.println(l.get(r.ok() ? "verify.ok" : "verify.failed"));
        out.flush();
        return r.ok() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /** The chain: whole with its head, which an auditor notes to compare next time, or every break. */
    private void printChain(PrintWriter out, Labels l, ChainCheck chain) {
        if (chain.ok()) {
            out.println(chain.head().map(h -> l.format("verify.chain.ok", chain.entries(), h.entry(), h.sha256()))
                    .orElse(l.get("verify.chain.empty")));
            return;
        }
        out.println(l.format("verify.chain.broken", chain.entries(), chain.breaks().size()));
        for (ChainCheck.Break b : chain.breaks()) {
            String record = b.recordKind().isEmpty() ? "" : l.format("verify.record." + b.recordKind(), b.recordId());
            out.println("  " + l.format("verify.chain." + b.kind().name().toLowerCase(Locale.ROOT), b.entry(),
                    b.subject(), record));
        }
    }
}
