package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.balans.app.year.CloseYear;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.WorkspaceLookup;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.engine.money.Money;
import se.balans.io.workspace.Workspace;
import se.balans.reports.text.Labels;
import se.balans.store.Store;

/** {@code balans year close YEAR}: records the year's balanskravsresultat into the workspace's history. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Close a year's balance requirement: record its final balanskravsresultat into the workspace's "
                + "history (balance_requirement= in balans.properties), from the December closing (årets resultat "
                + "and the adjustments on the accounts configured for them) and what the council decided after the "
                + "year (synnerliga skäl, the resultatreserv). The next year's closings continue from it. The file "
                + "is rewritten with its comments and other rows kept, read back before it replaces the old one, "
                + "and the step is recorded in the audit log with the file's SHA-256.")
public final class YearCloseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "YYYY", description = "The year; its December must be closed.")
    int year;

    @Option(names = "--special-reasons", paramLabel = "MNKR",
            description = "Synnerliga skäl: the part of a deficit the council decided not to restore (default 0).")
    BigDecimal specialReasons;

    @Option(names = "--reserve-allocation", paramLabel = "MNKR", description = "Reserved to the resultatreserv (default 0).")
    BigDecimal allocation;

    @Option(names = "--reserve-use", paramLabel = "MNKR", description = "Used from the resultatreserv (default 0).")
    BigDecimal use;

    @Option(names = "--note", paramLabel = "TEXT", description = "The note on the year's row (default: the closing it came from).")
    String note;

    @Option(names = "--replace", description = "Replace the year's row if the history holds it as an outcome already.")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        Workspace ws = WorkspaceLookup.require(null);
        CloseYear.Closed c;
        try (Store store = storeOption.open(ws)) {
            c = CloseYear.run(store, new CloseYear.Request(year, ws.balanceRequirement(), mnkr(specialReasons,
                    "--special-reasons"), mnkr(allocation, "--reserve-allocation"), mnkr(use, "--reserve-use"),
                    note == null ? "" : note, replace));
        }
        PrintWriter out = spec.commandLine().getOut();
        Labels l = lang.labels();
        RestorationYear y = c.year();
        out.println(l.format("year.closed", year, c.closingId(), lang.numbers().mnkr(y.input().result(), 1),
                lang.numbers().mnkr(y.balanceRequirementResult(), 1), lang.numbers().mnkr(y.closingUnrestored(), 1),
                c.history()));
        for (var e : y.unrestoredByOrigin().entrySet()) {
            if (!e.getValue().isZero()) {
                out.println("  " + l.format("bkr.from_origin", e.getKey(), RestorationSchedule.deadline(e.getKey()))
                        + ": " + lang.numbers().mnkr(e.getValue(), 1));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private Money mnkr(BigDecimal v, String option) {
        if (v == null) {
            return Money.ZERO;
        }
        if (v.signum() < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " is an amount ≥ 0 in mnkr, got " + v);
        }
        return Money.ofMnkr(v);
    }
}
