package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.balans.app.closing.CloseMonth;
import se.balans.app.closing.StoredClosings;
import se.balans.app.demo.DemoWorkspace;
import se.balans.app.demo.RunDemo;
import se.balans.app.ledger.ImportLedger;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.output.BalanceRequirementText;
import se.balans.cli.output.BalanceSheetText;
import se.balans.app.forecast.ShowForecastRound;
import se.balans.cli.output.Progress;
import se.balans.cli.output.Summaries;
import se.balans.cli.report.ReportOutputOptions;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.ledger.LedgerAggregator;
import se.balans.io.workspace.Workspace;
import se.balans.reports.balancerequirement.BalanceRequirementTables;
import se.balans.reports.closing.ClosingNarrative;
import se.balans.reports.closing.ClosingTables;
import se.balans.reports.closing.YearFollowUp;
import se.balans.reports.plan.PlanTables;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.store.ImportInfo;
import se.balans.store.Store;
import se.balans.store.StoredClosing;
import se.balans.store.jooq.Database;

/** {@code balans demo}: the main job on the sample data of Region Västerbotten. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on the sample data (Region Västerbotten): the regional plan's key "
                + "figures, the financial goals and the balance-requirement schedule; then write the sample ledger, "
                + "import it into the store and close every sample month, and show the outcome of March 2026; last, "
                + "write the monthly report for March 2026, the plan report for 2025 and the financial report for "
                + "February 2026 (--out, default ./out) and print their paths. Run again, it leaves what is up to date "
                + "as it is; a sample ledger from another version supersedes the stored one and the months it "
                + "changes are reopened and closed again (recorded)."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;
    @Mixin
    ReportOutputOptions output;
    private Workspace workspace;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        workspace = DemoWorkspace.ensure(BalansHome.get());
        Path ledgerDir = workspace.root().resolve("balans-data").resolve("sample-ledger");
        RunDemo.Request request = new RunDemo.Request(workspace,
                DemoWorkspace.sampleRegion(workspace.root()).resolve("sample-ledger-outline.csv"), ledgerDir,
                lang.language(), output.output(workspace));
        try (Store store = storeOption.open(workspace)) {
            RunDemo.run(store, request, new Printer(out));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Prints each step of the demo as it happens. */
    private final class Printer implements RunDemo.Listener {
        private final PrintWriter out;
        private final Labels l = lang.labels();
        private final TextTableRenderer r = new TextTableRenderer(lang.numbers());
        private Progress progress = Progress.none();

        Printer(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void plan(RegionalPlan plan, RestorationSchedule schedule) {
            out.println(l.format("demo.title", plan.region()));
            out.println();
            PlanTables pt = new PlanTables(plan, l);
            out.println(r.render(pt.summary()));
            out.println(r.render(pt.goals(plan.planYear())));
            out.println(r.render(new BalanceRequirementTables(schedule, l).restoration()));
            out.flush();
        }

        @Override
        public LongConsumer generating() {
            progress = Progress.stderr(spec.commandLine().getErr(), l.get("progress.generating"));
            return progress::count;
        }

        @Override
        public LedgerAggregator.Progress importing(Path file) {
            progress = Progress.stderr(spec.commandLine().getErr(), l.get("progress.importing") + " "
                    + file.getFileName());
            return progress::bytes;
        }

        @Override
        public void progressDone() {
            progress.done();
        }

        @Override
        public void ledgerWritten(List<Path> files) {
            out.println(l.format("demo.store", Database.redact(storeOption.url(workspace))));
        }

        @Override
        public void alreadyImported(Path file, ImportInfo existing) {
            out.println(l.format("demo.already_imported", file.getFileName(), existing.id()));
        }

        @Override
        public void imported(ImportLedger.Imported imported) {
            out.println(Summaries.imported(imported, l, lang.numbers()));
            out.flush();
        }

        @Override
        public void alreadyClosed(YearMonth month) {
            out.println(l.format("demo.already_closed", month));
        }

        @Override
        public void closed(CloseMonth.Closed closed) {
            out.println(Summaries.closed(closed, l, lang.numbers()));
            out.flush();
        }

        @Override
        public void lastClosing(StoredClosing closing, YearFollowUp year) {
            out.println();
            out.println(ClosingNarrative.of(closing.closing(), l));
            out.println();
            ClosingTables ct = new ClosingTables(closing.closing(), l,
                    StoredClosings.committeeNames(closing, lang.language()));
            out.println(r.render(ct.summary()));
            out.println(r.render(ct.committees()));
            BalanceRequirementText.print(out, year, l, lang.numbers());
            out.println();
            BalanceSheetText.print(out, year, l, lang.numbers());
            out.println();
        }

        @Override
        public void forecastRound(List<Path> templates, ShowForecastRound.Result round) {
            out.println(l.format("demo.forecast", templates.size(), templates.isEmpty() ? ""
                    : templates.get(0).getParent()));
            out.println();
            se.balans.cli.output.ForecastRoundPrinter.print(out, round, lang);
            out.println();
        }

        @Override
        public void writingReports(Path folder) {
            out.println(l.format("demo.reports", folder));
            out.flush();
        }

        @Override
        public void reportsWritten(List<Path> files) {
            for (Path p : files) {
                out.println("  " + p);
            }
        }
    }
}
