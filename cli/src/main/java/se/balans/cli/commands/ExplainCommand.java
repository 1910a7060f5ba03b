package se.balans.cli.commands;

import se.balans.app.explain.ExplainBalanceSheet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.balans.app.explain.ExplainBalanceRequirement;
import se.balans.app.explain.ExplainOutcome;
import se.balans.app.explain.TraceVouchers;
import se.balans.cli.BalansHome;
import se.balans.cli.WorkspaceLookup;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.output.FormatOption;
import se.balans.cli.output.OutputFormat;
import se.balans.engine.closing.ClosingFigure;
import se.balans.reports.explain.VoucherTrace;
import se.balans.reports.table.TextTableRenderer;
import se.balans.store.Store;

/** {@code balans explain FIGURE}: how a figure was computed — its inputs, the rule, the values on the way. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain how a figure was computed: the inputs (file and line, or the imports and accounts "
                + "a closing read), the rule, and the intermediate values. Examples:",
                "  balans explain balance-requirement 2025",
                "  balans explain outcome 2026-03 verksamhetens-resultat",
                "  balans explain outcome 2026-03 nettokostnad --committee HSN",
                "  balans explain balance-sheet 2026-03 räntebärande-låneskuld"},
        subcommands = {ExplainCommand.BalanceRequirement.class, ExplainCommand.Outcome.class,
                ExplainCommand.BalanceSheet.class})
public final class ExplainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingSubcommand(spec);
    }

    /** {@code explain balance-requirement YEAR}. */
    @Command(name = "balance-requirement", mixinStandardHelpOptions = true,
            description = "A year's balanskravsresultat line by line, and the restoration rules as applied that year.")
    public static final class BalanceRequirement implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;

        @Parameters(paramLabel = "YEAR", description = "The year.")
        int year;

        @Option(names = "--history", paramLabel = "FILE",
                description = "The balance-requirement history. Default: the workspace's (balance_requirement= in balans.properties).")
        Path history;

        @Override
        public Integer call() {
            Path file = history == null ? WorkspaceLookup.require("--history FILE").balanceRequirement()
                    : BalansHome.resolve(history);
            spec.commandLine().getOut().print(new ExplainBalanceRequirement(lang.labels(), lang.numbers())
                    .run(file, year).render());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    /** {@code explain outcome YYYY-MM FIGURE}. */
    @Command(name = "outcome", mixinStandardHelpOptions = true,
            description = {"A closed month's figure to date: its rule, each input line by committee and by account "
                    + "as booked in the imports the closing read, the budget and the forecast. FIGURE is a result line "
                    + "(verksamhetens-resultat, finansnetto, årets-resultat, skatteintäkter, … or operating_result, "
                    + "net_financial_items, result_for_year, …) or nettokostnad with --committee."})
    public static final class Outcome implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;
        @Mixin
        StoreOption storeOption;

        @Parameters(index = "0", paramLabel = "YYYY-MM", converter = YearMonthConverter.class,
                description = "The closed month.")
        YearMonth month;

        @Parameters(index = "1", paramLabel = "FIGURE", description = "The figure.")
        String figure;

        @Option(names = "--committee", paramLabel = "CODE", description = "A committee, for its net cost.")
        String committee;

        @Option(names = "--vouchers", description = {"List the vouchers behind the figure, largest first (the "
                + VOUCHERS_SHOWN + " largest in a table; every one with --format csv or json), read again from "
                + "the imported files after their SHA-256 is checked."})
        boolean vouchers;

        @Mixin
        FormatOption format;

        /** Vouchers listed in the table before the rest are summed as one row. */
        static final int VOUCHERS_SHOWN = 25;

        @Override
        public Integer call() throws java.io.IOException {
            ClosingFigure target = ExplainOutcome.figure(figure, Optional.ofNullable(committee));
            if (!vouchers && format.format() != OutputFormat.table) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format csv|json goes with --vouchers");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOption.open()) {
                ExplainOutcome explain = new ExplainOutcome(lang.labels(), lang.numbers());
                if (vouchers) {
                    VoucherTrace trace = TraceVouchers.run(store, month, target, explain.title(target, month));
                    format.print(out, trace, o -> o.print(new TextTableRenderer(lang.numbers())
                            .render(trace.table(lang.labels(), VOUCHERS_SHOWN))));
                } else {
                    out.print(explain.run(store, month, target).render());
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code explain balance-sheet YYYY-MM [LINE]}. */
    @Command(name = "balance-sheet", mixinStandardHelpOptions = true,
            description = {"A closed month's balance sheet at the month end: each line's rule and every account's "
                    + "balance, where the opening balances came from, and the trial balance. LINE is a line's code "
                    + "(fixed_assets, current_assets, opening_equity, result_for_year, interest_bearing_debt, …) or "
                    + "its name with hyphens (anläggningstillgångar, räntebärande-låneskuld, …); without it, every line."})
    public static final class BalanceSheet implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;
        @Mixin
        StoreOption storeOption;

        @Parameters(index = "0", paramLabel = "YYYY-MM", converter = YearMonthConverter.class,
                description = "The closed month.")
        YearMonth month;

        @Parameters(index = "1", paramLabel = "LINE", arity = "0..1", description = "One line of the balance sheet.")
        String line;

        @Override
        public Integer call() {
            Optional<se.balans.engine.statement.BalanceSheetLine> only = Optional.ofNullable(line)
                    .map(ExplainBalanceSheet::line);
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOption.open()) {
                out.print(new ExplainBalanceSheet(lang.labels(), lang.numbers()).run(store, month, only).render());
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
