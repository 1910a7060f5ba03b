package se.balans.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

import se.balans.app.closing.CloseMonth;
import se.balans.app.forecast.ImportForecasts;
import se.balans.app.forecast.ShowForecastRound;
import se.balans.app.forecast.WriteForecastTemplates;
import se.balans.engine.forecast.CentralItem;
import se.balans.engine.forecast.CommitteeForecast;
import se.balans.io.forecast.CentralForecastFile;
import se.balans.io.sample.SampleForecastAnswers;
import se.balans.reports.forecast.ForecastTemplateFiller;
import se.balans.app.closing.ClosingFollowUp;
import se.balans.app.closing.ReopenMonth;
import se.balans.app.closing.Staleness;
import se.balans.app.ledger.ImportLedger;
import se.balans.app.report.ReportOutput;
import se.balans.app.report.TreasuryFiles;
import se.balans.app.report.WriteFinancialReport;
import se.balans.app.report.WriteMonthlyReport;
import se.balans.app.report.WritePlanReport;
import se.balans.app.sample.WriteSampleLedger;
import se.balans.app.workspace.OrganisationCheck;
import se.balans.app.workspace.WorkspaceSetup;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.Fingerprint;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.ledger.LedgerAggregator;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;
import se.balans.io.workspace.Workspace;
import se.balans.reports.closing.YearFollowUp;
import se.balans.reports.text.Language;
import se.balans.store.ImportMode;
import se.balans.store.ImportInfo;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: the main job on the sample data (Region Västerbotten), end to end — the plan and the
 * balance-requirement schedule; the sample ledger written, imported and every sample month closed;
 * the monthly, plan and financial reports written. Run again, it leaves what is up to date as it is: a
 * file already imported is skipped, a closed month is kept unless it read an import that has since been
 * superseded (a sample ledger of another version) or was closed with other configuration files, in which
 * case it is reopened and closed again.
 *
 * <p>What happens is told to a {@link Listener} as it happens, so a front end can show it step by step.
 */
public final class RunDemo {
    /** The sample months: the whole of 2025 and the first quarter of 2026. */
    public static final YearMonth FIRST = YearMonth.of(2025, 1);
    public static final YearMonth LAST = YearMonth.of(2026, 3);
    /** The sample's complete year's December, whose report shows the year's forecast accuracy. */
    public static final YearMonth YEAR_END = YearMonth.of(2025, 12);
    /** The latest month of the sample's treasury files (loans, returns, cash). */
    public static final YearMonth FINANCIAL = YearMonth.of(2026, 2);

    private RunDemo() {
    }

    /**
     * @param workspace the demo's workspace ({@link DemoWorkspace}): plan, closing configuration, treasury
     * @param outline   the sample ledger's outline
     * @param ledgerDir where the sample ledger is written
     */
    public record Request(Workspace workspace, Path outline, Path ledgerDir, Language language, ReportOutput output) {
        public Request {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(outline, "outline");
            Objects.requireNonNull(ledgerDir, "ledgerDir");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(output, "output");
        }
    }

    /** The steps of the demo as they happen. */
    public interface Listener {
        /** The plan and its restoration schedule, read first. */
        void plan(RegionalPlan plan, RestorationSchedule schedule);

        /** Progress while the sample ledger is generated. */
        default LongConsumer generating() {
            return n -> { };
        }

        /** Progress while a file is imported. */
        default LedgerAggregator.Progress importing(Path file) {
            return (done, total) -> { };
        }

        /** The end of a step that showed progress. */
        default void progressDone() {
        }

        /** The sample ledger's files are written; the store is next. */
        void ledgerWritten(List<Path> files);

        void alreadyImported(Path file, ImportInfo existing);

        void imported(ImportLedger.Imported imported);

        void alreadyClosed(YearMonth month);

        void closed(CloseMonth.Closed closed);

        /** The last sample month's closing, to be shown. */
        void lastClosing(StoredClosing closing, YearFollowUp year);

        /**
         * The forecast round after the last sample month: the templates written, the sample committees'
         * answers filled in and imported (unless this closing's forecasts are in already), and the round.
         */
        default void forecastRound(List<Path> templates, ShowForecastRound.Result round) {
        }

        /** The reports are about to be written. */
        void writingReports(Path folder);

        /** Every report file written: the monthly reports of December 2025 and the last month, the plan and the financial report, in that order. */
        void reportsWritten(List<Path> files);
    }

    public static void run(Store store, Request request, Listener listener) throws IOException {
        Workspace ws = request.workspace();
        RegionalPlan plan = PlanDirectoryReader.read(ws.plan());
        OrganisationCheck.plan(ws.organisation(), ws.plan(), plan.region());
        RestorationSchedule schedule = BalanceRequirementHistory.read(ws.balanceRequirement()).schedule();
        listener.plan(plan, schedule);

        List<Path> files;
        try {
            files = WriteSampleLedger.run(new WriteSampleLedger.Request(request.outline(),
                    request.ledgerDir(), SampleLedgerFiles.Format.SIE, SampleLedgerGenerator.Options.defaults(),
                    Optional.empty()), listener.generating());
        } finally {
            listener.progressDone();
        }
        ClosingSetup setup = WorkspaceSetup.read(ws, ws.closing());
        listener.ledgerWritten(files);
        importLedger(store, files, ws, listener);
        closeMonths(store, setup, listener);
        StoredClosing last = store.closing(LAST).orElseThrow();
        listener.lastClosing(last, ClosingFollowUp.of(store, last, Optional.of(plan), Optional.of(ws.treasury())));
        forecastRound(store, request, last, listener);
        listener.writingReports(request.output().folder());
        listener.reportsWritten(reports(store, request, plan));
    }

    /**
     * The sample's forecast rounds as the finance unit runs them — the rounds of 2025 and the round after the
     * last month: templates out, the committees' answers (the sample's illustrative
     * {@code committee-forecasts.csv}, filled in as a committee would) back in, and the last round with the
     * finance unit's central items ({@code central-forecast.csv}) beside the proposal.
     */
    private static void forecastRound(Store store, Request request, StoredClosing last, Listener listener)
            throws IOException {
        Workspace ws = request.workspace();
        Path answersFile = ws.plan().resolve(SampleForecastAnswers.NAME);
        if (!java.nio.file.Files.isRegularFile(answersFile)) {
            return;
        }
        List<CommitteeForecast> all = SampleForecastAnswers.read(answersFile);
        List<Path> templates = List.of();
        for (YearMonth round : all.stream().map(CommitteeForecast::month).distinct().sorted().toList()) {
            List<CommitteeForecast> answers = all.stream().filter(a -> a.month().equals(round)).toList();
            Path folder = request.output().folder().resolve("prognosmallar-" + round);
            StoredClosing closing = store.closing(round).orElseThrow();
            Set<String> in = new HashSet<>();
            store.forecasts(round, false).stream().filter(f -> f.closingId() == closing.info().id())
                    .forEach(f -> in.add(f.forecast().committee()));
            boolean done = answers.stream().allMatch(a -> in.contains(a.committee()));
            // The last round's templates are always written (the demo shows them); an earlier round's only
            // when its answers are to be filled in again.
            if (done && !round.equals(LAST)) {
                continue;
            }
            List<Path> written = WriteForecastTemplates.run(store, new WriteForecastTemplates.Request(round,
                    request.language(), folder));
            if (round.equals(LAST)) {
                templates = written;
            }
            if (!done) {
                Path filled = java.nio.file.Files.createDirectories(folder.resolve("ifyllda"));
                List<Path> files = new ArrayList<>();
                for (CommitteeForecast a : answers) {
                    Path out = filled.resolve(WriteForecastTemplates.fileName(round, a.committee()));
                    ForecastTemplateFiller.fill(folder.resolve(WriteForecastTemplates.fileName(round, a.committee())),
                            a, request.language(), out);
                    files.add(out);
                }
                ImportForecasts.run(store, new ImportForecasts.Request(files));
            }
        }
        List<CentralItem> central = se.balans.app.forecast.CentralItems.ofWorkspace(ws.closing(),
                Optional.of(ws.treasury()), se.balans.reports.text.Labels.of(request.language()));
        listener.forecastRound(templates, ShowForecastRound.run(store, last.info().period(), central));
    }

    private static void importLedger(Store store, List<Path> files, Workspace ws, Listener listener) {
        for (Path f : files) {
            String sha = Fingerprint.sha256(f);
            Optional<ImportInfo> same = store.imports().stream()
                    .filter(i -> i.current() && i.sha256().equals(sha)).findFirst();
            if (same.isPresent()) {
                listener.alreadyImported(f, same.get());
                continue;
            }
            // A sample ledger written by another version replaces the one in the store.
            ImportLedger.Imported r;
            try {
                r = ImportLedger.run(store, new ImportLedger.Request(f, ImportMode.of(true), ws.organisation()),
                        listener.importing(f));
            } finally {
                listener.progressDone();
            }
            listener.imported(r);
        }
    }

    private static void closeMonths(Store store, ClosingSetup setup, Listener listener) {
        Set<YearMonth> staleMonths = new HashSet<>();
        Staleness.of(store).forEach(s -> staleMonths.add(s.closing().period()));
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            Optional<StoredClosing> closed = store.closing(m);
            // A closing of other configuration files (a sample of another version) is closed again too.
            boolean stale = staleMonths.contains(m) || closed.isPresent() && !sameFiles(closed.get(), setup);
            if (closed.isPresent() && !stale) {
                listener.alreadyClosed(m);
                continue;
            }
            CloseMonth.Request request = new CloseMonth.Request(m, setup);
            listener.closed(stale ? ReopenMonth.run(store, request) : CloseMonth.run(store, request));
        }
    }

    private static boolean sameFiles(StoredClosing closed, ClosingSetup setup) {
        Set<String> recorded = new HashSet<>();
        closed.config().forEach(f -> recorded.add(f.name() + ' ' + f.sha256()));
        Set<String> now = new HashSet<>();
        setup.files().forEach(f -> now.add(f.name() + ' ' + f.sha256()));
        return recorded.equals(now);
    }

    /** The board's documents of the sample: the monthly report, the plan report and the financial report. */
    private static List<Path> reports(Store store, Request request, RegionalPlan plan) throws IOException {
        Workspace ws = request.workspace();
        List<Path> written = new ArrayList<>();
        Path central = ws.closing().resolve(CentralForecastFile.NAME);
        Optional<Path> centralFile = java.nio.file.Files.isRegularFile(central) ? Optional.of(central) : Optional.empty();
        // December's report too: the year's outcome, and how accurate the year's forecast rounds were.
        written.addAll(WriteMonthlyReport.run(store, new WriteMonthlyReport.Request(YEAR_END, ws.plan(),
                Optional.of(ws.treasury()), request.language(), request.output(), centralFile, Optional.of(ws.closing()))));
        written.addAll(WriteMonthlyReport.run(store, new WriteMonthlyReport.Request(LAST, ws.plan(), Optional.of(ws.treasury()),
                request.language(), request.output(), centralFile, Optional.of(ws.closing()))));
        written.addAll(WritePlanReport.run(store, new WritePlanReport.Request(ws.plan(), plan.planYear(),
                Optional.of(ws.balanceRequirement()), request.language(), request.output())));
        written.addAll(WriteFinancialReport.run(store, new WriteFinancialReport.Request(ws.plan(), FINANCIAL,
                TreasuryFiles.defaults(ws.treasury(), FINANCIAL), request.language(), request.output())));
        return written;
    }
}
