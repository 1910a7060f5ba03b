package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.output.Progress;
import se.balans.cli.report.ReportAudit;
import se.balans.cli.report.ReportOutputOptions;
import se.balans.cli.service.LedgerImporter;
import se.balans.cli.service.MonthCloser;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.closing.ClosingSetup;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;
import se.balans.reports.balancerequirement.BalanceRequirementTables;
import se.balans.reports.closing.ClosingNarrative;
import se.balans.reports.closing.ClosingTables;
import se.balans.reports.plan.PlanTables;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.store.ImportInfo;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/** {@code balans demo}: the main job on the sample data of Region Västerbotten. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on the sample data (Region Västerbotten): the regional plan's key",
                "figures, the financial goals and the balance-requirement schedule; then write the sample ledger,",
                "import it into the store and close every sample month, and show the outcome of March 2026; last,",
                "write the monthly report for March 2026, the plan report for 2025 and the financial report for",
                "February 2026 (--out, default ./out) and print their paths. Run again, it leaves what is up to date",
                "as it is; a sample ledger from another version supersedes the stored one and the months it",
                "changes are reopened and closed again (recorded)."})
public final class DemoCommand implements Callable<Integer> {
    /** The sample months: the whole of 2025 and the first quarter of 2026. */
    static final YearMonth FIRST = YearMonth.of(2025, 1);
    static final YearMonth LAST = YearMonth.of(2026, 3);
    /** The latest month of the sample's treasury files (loans, returns, cash). */
    static final YearMonth FINANCIAL = YearMonth.of(2026, 2);

    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;
    @Mixin
    ReportOutputOptions output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Labels l = lang.labels();
        TextTableRenderer r = new TextTableRenderer(lang.numbers());
        Path region = BalansHome.sampleRegion();
        RegionalPlan plan = PlanDirectoryReader.read(region);
        out.println(l.format("demo.title", plan.region()));
        out.println();
        PlanTables pt = new PlanTables(plan, l);
        out.println(r.render(pt.summary()));
        out.println(r.render(pt.goals(plan.planYear())));
        RestorationSchedule schedule = BalanceRequirementHistory.read(region.resolve("balance-requirement.csv"))
                .schedule();
        out.println(r.render(new BalanceRequirementTables(schedule, l).restoration()));
        out.flush();

        Path ledgerDir = BalansHome.get().resolve("balans-data").resolve("sample-ledger");
        List<Path> files = SampleLedgerCommand.write(region.resolve("sample-ledger-outline.csv"), ledgerDir,
                SampleLedgerFiles.Format.SIE, SampleLedgerGenerator.Options.defaults(),
                Progress.stderr(spec.commandLine().getErr(), l.get("progress.generating")));
        ClosingSetup setup = ClosingSetupReader.read(region);
        try (Store store = storeOption.open()) {
            out.println(l.format("demo.store", se.balans.store.jooq.Database.redact(storeOption.url())));
            for (Path f : files) {
                String sha = se.balans.io.Fingerprint.sha256(f);
                java.util.Optional<ImportInfo> same = store.imports().stream()
                        .filter(i -> i.current() && i.sha256().equals(sha)).findFirst();
                if (same.isPresent()) {
                    out.println(l.format("demo.already_imported", f.getFileName(), same.get().id()));
                    continue;
                }
                // A sample ledger written by another version replaces the one in the store.
                out.println(ImportCommand.summary(lang, LedgerImporter.importFile(store, f, true,
                        Progress.stderr(spec.commandLine().getErr(), l.get("progress.importing") + " " + f.getFileName()))));
                out.flush();
            }
            java.util.Set<Long> current = new java.util.HashSet<>();
            store.imports().stream().filter(ImportInfo::current).forEach(i -> current.add(i.id()));
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                java.util.Optional<StoredClosing> closed = store.closing(m);
                boolean stale = closed.isPresent() && closed.get().imports().stream()
                        .anyMatch(ref -> !current.contains(ref.importId()));
                if (closed.isPresent() && !stale) {
                    out.println(l.format("demo.already_closed", m));
                    continue;
                }
                out.println(CloseCommand.summary(MonthCloser.close(store, setup, m, stale), l, lang.numbers()));
                out.flush();
            }
            StoredClosing march = store.closing(LAST).orElseThrow();
            out.println();
            out.println(ClosingNarrative.of(march.closing(), l));
            out.println();
            ClosingTables ct = new ClosingTables(march.closing(), l, OutcomeCommand.committeeNames(march,
                    lang.language()));
            out.println(r.render(ct.summary()));
            out.println(r.render(ct.committees()));
            reports(out, l, region, plan, march, store);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The board's documents of the sample: the monthly report, the plan report and the financial report. */
    private void reports(PrintWriter out, Labels l, Path region, RegionalPlan plan, StoredClosing march, Store store)
            throws IOException {
        out.println(l.format("demo.reports", output.out()));
        out.flush();
        List<Path> written = new ArrayList<>();
        List<Path> monthly = ReportMonthlyCommand.write(march, plan.region(), lang.language(), output);
        ReportAudit.record(store, "monthly report " + LAST + " from closing #" + march.info().id(), monthly);
        List<Path> planReport = ReportPlanCommand.write(region, plan, plan.planYear(),
                ReportPlanCommand.defaultHistory(region), lang.language(), output);
        ReportAudit.record(store, "plan report " + plan.planYear() + " from " + region, planReport);
        List<Path> financial = ReportFinancialCommand.write(region, FINANCIAL, ReportFinancialCommand.Inputs.defaults(
                region, FINANCIAL), lang.language(), output);
        ReportAudit.record(store, "financial report " + FINANCIAL + " from " + region.resolve("treasury"), financial);
        written.addAll(monthly);
        written.addAll(planReport);
        written.addAll(financial);
        for (Path p : written) {
            out.println("  " + p);
        }
    }
}
