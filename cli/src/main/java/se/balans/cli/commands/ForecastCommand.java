package se.balans.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.balans.app.closing.StoredClosings;
import se.balans.app.forecast.ImportForecasts;
import se.balans.app.forecast.ShowForecastRound;
import se.balans.app.forecast.WriteForecastTemplates;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.WorkspaceLookup;
import se.balans.engine.forecast.CentralItem;
import se.balans.io.forecast.CentralForecastFile;
import se.balans.app.forecast.CentralItems;
import se.balans.cli.output.ForecastRoundPrinter;
import se.balans.reports.table.TextTableRenderer;
import se.balans.store.ForecastSubmission;
import se.balans.store.Store;

/** {@code balans forecast}: the forecast round — the committees' templates, their forecasts, the round. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"The forecast round (prognosrunda) after a closed month: write each committee's template "
                + "(prognosmall), import the filled ones, show the round. Examples:",
                "  balans forecast template --month 2026-03",
                "  balans forecast import prognosmall-2026-03-*.xlsx",
                "  balans forecast show --month 2026-03",
                "  balans forecast accuracy --year 2025"},
        subcommands = {ForecastCommand.Template.class, ForecastCommand.Import.class, ForecastCommand.Show.class,
                ForecastCommand.Accuracy.class})
public final class ForecastCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingSubcommand(spec);
    }

    /** {@code forecast template --month YYYY-MM}. */
    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"Write one workbook per committee from the month's closing (which must be current): its "
                    + "figures to date, the periodised budget, last year, the frame and the computed proposal, and input "
                    + "cells for its full-year deviation from the frame, a comment, its confidence, risks and actions. "
                    + "Everything but the input cells is protected; the workbook carries its committee, month and "
                    + "closing and a fingerprint, so a wrong, stale or altered template is refused on import."})
    public static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;
        @Mixin
        StoreOption storeOption;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = YearMonthConverter.class,
                description = "The closed month the round starts from.")
        YearMonth month;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Where the workbooks go. Default: prognosmallar-YYYY-MM in the workspace's reports folder.")
        Path out;

        @Override
        public Integer call() {
            Path folder = out != null ? BalansHome.resolve(out)
                    : WorkspaceLookup.require("--out DIR").reports().resolve("prognosmallar-" + month);
            List<Path> written;
            try (Store store = storeOption.open()) {
                written = WriteForecastTemplates.run(store, new WriteForecastTemplates.Request(month, lang.language(),
                        folder));
            }
            PrintWriter o = spec.commandLine().getOut();
            written.forEach(p -> o.println(p));
            o.flush();
            return ExitCode.OK;
        }
    }

    /** {@code forecast import FILE…}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read filled templates and store the committees' forecasts of their round, all files or "
                    + "none. A template of another organisation, a month not closed, a closing closed again since "
                    + "(stale), an unknown committee, an altered protected cell or a bad input cell is refused with the "
                    + "file, sheet and cell. Importing a committee's template again replaces its forecast (the old one "
                    + "is kept); each import is in the audit log with the file's SHA-256."})
    public static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;
        @Mixin
        StoreOption storeOption;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Filled templates (.xlsx).")
        List<Path> files;

        @Override
        public Integer call() {
            List<ForecastSubmission> stored;
            try (Store store = storeOption.open()) {
                stored = ImportForecasts.run(store, new ImportForecasts.Request(files.stream().map(BalansHome::resolve)
                        .toList()));
            }
            PrintWriter o = spec.commandLine().getOut();
            for (ForecastSubmission s : stored) {
                o.println(lang.labels().format("forecast.imported", s.forecast().committee(), s.forecast().month(),
                        lang.numbers().mnkr(s.forecast().deviation(), 1), s.fileName(), s.id()));
            }
            o.flush();
            return ExitCode.OK;
        }
    }

    /** {@code forecast show --month YYYY-MM}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show the round: the forecast for the region (the committees' net cost and the finance unit's "
                    + "central items, the loans' interest computed from the loan register where asked) beside the computed "
                    + "proposal, as a range from the back-test before --point-from; per committee its frame, proposal, "
                    + "forecast of record and deviation, far-off forecasts flagged, those not submitted shown with the "
                    + "proposal, marked; the bridge from the year's previous round."})
    public static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;
        @Mixin
        StoreOption storeOption;

        @Mixin
        se.balans.cli.output.FormatOption format;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = YearMonthConverter.class,
                description = "The closed month the round starts from.")
        YearMonth month;

        @Option(names = "--central", paramLabel = "FILE", description = {"The finance unit's central items per round "
                + "(round,line,amount[,source][,part]: taxes, grants, financial items). "
                + "Default: central-forecast.csv in the workspace's closing configuration, if it is there."})
        Path central;

        @Option(names = "--point-from", paramLabel = "MONTH", defaultValue = "8",
                description = {"The first month (1–12) whose round is a point forecast; earlier rounds are also shown as "
                        + "a range from the back-test. Default: ${DEFAULT-VALUE} (August, the delårsrapport's round)."})
        int pointFrom;

        @Override
        public Integer call() throws java.io.IOException {
            List<CentralItem> items = centralItems(central, lang);
            ShowForecastRound.Result r;
            try (Store store = storeOption.open()) {
                if (pointFrom < 1 || pointFrom > 12) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--point-from must be a month 1–12, not " + pointFrom);
                }
                r = ShowForecastRound.run(store, month, items, java.time.Month.of(pointFrom));
            }
            PrintWriter o = spec.commandLine().getOut();
            ShowForecastRound.Result round = r;
            format.print(o, new se.balans.reports.forecast.ForecastRoundData(r.forecast(), r.range(), r.bridge()),
                    w -> ForecastRoundPrinter.print(w, round, lang));
            return ExitCode.OK;
        }
    }

    /**
     * The central items of {@code --central FILE}, else of the workspace's {@code central-forecast.csv} when it
     * has one; the loans' interest computed from the workspace's treasury folder where the file asks for it.
     */
    static List<CentralItem> centralItems(Path central, LanguageOption lang) {
        Path file = central != null ? BalansHome.resolve(central)
                : WorkspaceLookup.find().map(w -> w.closing().resolve(CentralForecastFile.NAME)).orElse(null);
        return file != null && (central != null || java.nio.file.Files.isRegularFile(file))
                ? CentralItems.read(file, WorkspaceLookup.find().map(w -> w.treasury()), lang.labels()) : List.of();
    }

    /** {@code forecast accuracy --year YYYY}. */
    @Command(name = "accuracy", mixinStandardHelpOptions = true,
            description = {"How accurate the year's forecast rounds were (prognossäkerhet): each round's forecast of "
                    + "årets resultat and of each committee's net cost against the year's outcome in its December "
                    + "closing, beside the computed proposal, with the mean absolute difference. A difference is the "
                    + "outcome less the forecast as its effect on the result: positive, the year ended better."})
    public static final class Accuracy implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LanguageOption lang;
        @Mixin
        StoreOption storeOption;
        @Mixin
        se.balans.cli.output.FormatOption format;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year; its December must be closed.")
        int year;

        @Option(names = "--central", paramLabel = "FILE", description = {"The finance unit's central items per round. "
                + "Default: central-forecast.csv in the workspace's closing configuration, if it is there."})
        Path central;

        @Override
        public Integer call() throws java.io.IOException {
            List<CentralItem> items = centralItems(central, lang);
            se.balans.engine.forecast.ForecastAccuracy a;
            Map<String, String> names;
            try (Store store = storeOption.open()) {
                a = se.balans.app.forecast.ShowForecastAccuracy.run(store, year, items);
                names = StoredClosings.committeeNames(store.closing(java.time.YearMonth.of(year, 12)).orElseThrow(),
                        lang.language());
            }
            PrintWriter o = spec.commandLine().getOut();
            format.print(o, new se.balans.reports.forecast.ForecastAccuracyData(a), w -> {
                TextTableRenderer text = new TextTableRenderer(lang.numbers());
                if (a.rounds().isEmpty()) {
                    w.println(lang.labels().format("forecast.accuracy.none", year));
                    return;
                }
                w.println(text.render(se.balans.reports.forecast.ForecastAccuracyTable.result(a, lang.labels())));
                w.print(text.render(se.balans.reports.forecast.ForecastAccuracyTable.committees(a, names,
                        lang.labels())));
                se.balans.reports.forecast.ForecastAccuracyTable.bias(a, lang.labels()).ifPresent(w::println);
            });
            return ExitCode.OK;
        }
    }
}
