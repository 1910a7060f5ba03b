package se.balans.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.balans.app.closing.CloseMonth;
import se.balans.cli.ConfigOption;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.output.Summaries;
import se.balans.io.closing.ClosingSetup;
import se.balans.store.Store;

/** {@code balans close YYYY-MM…}: the monthly closing (månadsbokslut), of one month or several in one go. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = {"Close a month: compute and store the outcomes per committee and result line (the month, "
                + "the year to date, the same period last year, the periodised budget, the deviation, net cost "
                + "growth and the full-year forecast with its method), with the imports' hashes, the configuration "
                + "and the engine version it used. A closed month is not changed; --reopen closes it again and the "
                + "reopening is recorded. Unmapped accounts or cost centres stop the closing and are listed. "
                + "Several months, or a span (2025-01..2025-12), are closed in one go for about the cost of one."})
public final class CloseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;
    @Mixin
    ConfigOption configOption;

    @Parameters(paramLabel = "YYYY-MM", arity = "1..*", converter = MonthSpanConverter.class,
            description = {"The month to close. Several months, or a span such as 2025-01..2025-12, are closed in one "
                    + "go: the ledger is read once, each month gets the closing it would get alone, and nothing is "
                    + "stored unless every month can be closed."})
    List<MonthSpanConverter.Span> spans;

    @Option(names = "--reopen", description = "Reopen a closed month and close it again (recorded in the audit log).")
    boolean reopen;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<java.time.YearMonth> months;
        try {
            months = MonthSpanConverter.months(spans);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store store = storeOption.open()) {
            ClosingSetup setup = configOption.read();
            // Allowed but perhaps not meant (a committee without a budget gets 0): said, never silent.
            PrintWriter err = spec.commandLine().getErr();
            setup.warnings().forEach(w -> err.println("balans: warning: " + w.message()));
            err.flush();
            for (CloseMonth.Closed c : CloseMonth.runAll(store, months, setup, reopen)) {
                out.println(Summaries.closed(c, lang.labels(), lang.numbers()));
                c.laterStale().forEach(s -> out.println(Summaries.stale(s, lang.labels())));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
