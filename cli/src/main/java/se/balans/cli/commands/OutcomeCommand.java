package se.balans.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import se.balans.app.closing.ShowOutcome;
import se.balans.app.closing.StoredClosings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.WorkspaceLookup;
import se.balans.reports.closing.BudgetRevisionTable;
import se.balans.reports.closing.GoalFollowUpTable;
import se.balans.cli.output.BalanceRequirementText;
import se.balans.cli.output.BalanceSheetText;
import se.balans.cli.output.FormatOption;
import se.balans.reports.closing.ClosingNarrative;
import se.balans.reports.closing.ClosingTables;
import se.balans.reports.table.Table;
import se.balans.reports.table.TextTableRenderer;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/** {@code balans outcome --month YYYY-MM}: a closed month's outcomes, as stored. */
@Command(name = "outcome", mixinStandardHelpOptions = true,
        description = {"Show a closed month's outcomes as stored by 'balans close': the summary, the result "
                + "statement to date with budget and last year, the committees against their periodised frames, "
                + "the forecast's basis and the back-test of the forecast method."})
public final class OutcomeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;
    @Mixin
    StoreOption storeOption;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, converter = YearMonthConverter.class,
            description = "The closed month.")
    YearMonth month;

    @Mixin
    FormatOption format;
    @Mixin
    PlanOption planOption;

    @Override
    public Integer call() throws IOException {
        ShowOutcome.Result r;
        try (Store store = storeOption.open()) {
            // The plan's goals of the year are followed up when there is a plan: given, or the workspace's.
            Optional<Path> plan = planOption.dir != null || WorkspaceLookup.find().isPresent()
                    ? Optional.of(planOption.dir()) : Optional.empty();
            r = ShowOutcome.run(store, month, plan, WorkspaceLookup.find().map(w -> w.treasury()),
                    WorkspaceLookup.find().map(w -> se.balans.app.forecast.CentralItems.ofWorkspace(w.closing(),
                            Optional.of(w.treasury()), lang.labels())).orElse(List.of()),
                    WorkspaceLookup.find().map(w -> w.closing()));
        }
        format.print(spec.commandLine().getOut(), r.data(), out -> {
            table(r.stored(), out);
            r.data().year().budgetRevision().ifPresent(rev -> {
                out.println();
                out.println(BudgetRevisionTable.sentence(rev, lang.labels()));
                out.println();
                out.print(new TextTableRenderer(lang.numbers()).render(BudgetRevisionTable.of(rev, lang.labels())));
            });
            out.println();
            BalanceRequirementText.print(out, r.data().year(), lang.labels(), lang.numbers());
            r.data().year().goals().ifPresent(g -> {
                out.println();
                out.println(lang.labels().get("report.monthly.section.goals"));
                out.println();
                if (g.isEmpty()) {
                    out.println(lang.labels().format("goals.followup.none", month.getYear()));
                } else {
                    GoalFollowUpTable.rules(g, lang.labels()).forEach(out::println);
                    out.println();
                    out.print(new TextTableRenderer(lang.numbers()).render(
                            GoalFollowUpTable.of(g, month.getYear(), lang.labels())));
                }
            });
            out.println();
            BalanceSheetText.print(out, r.data().year(), lang.labels(), lang.numbers());
            followUpParts(r, out);
        });
        return ExitCode.OK;
    }

    /**
     * The investments, the costs by type and the personnel, as the monthly report has them: their words and
     * tables, or in words why there are none.
     */
    private void followUpParts(ShowOutcome.Result r, PrintWriter out) {
        var year = r.data().year();
        var labels = lang.labels();
        TextTableRenderer text = new TextTableRenderer(lang.numbers());
        java.util.Map<String, String> names = StoredClosings.committeeNames(r.stored(), lang.language());
        List<String> paragraphs = new java.util.ArrayList<>();
        List<Table> tables = new java.util.ArrayList<>();
        year.investments().ifPresent(f -> {
            var t = new se.balans.reports.investment.InvestmentTables(f, labels);
            paragraphs.addAll(t.narrative());
            tables.addAll(t.tables());
        });
        year.costTypes().ifPresent(f -> {
            var t = new se.balans.reports.costtype.CostTypeTables(f, r.stored().closing().committees(), names, labels);
            paragraphs.addAll(t.narrative());
            tables.addAll(t.all());
        });
        year.personnel().ifPresent(f -> {
            var t = new se.balans.reports.personnel.PersonnelTables(f, labels, names);
            paragraphs.addAll(t.narrative());
            tables.addAll(t.section().tables());
        });
        year.noInvestments().ifPresent(why -> paragraphs.add(labels.format("inv.missing", why)));
        year.noCostTypes().ifPresent(why -> paragraphs.add(labels.format("costtype.missing", why)));
        year.noPersonnel().ifPresent(m -> paragraphs.add(se.balans.reports.personnel.PersonnelTables.missing(m, labels)));
        for (String p : paragraphs) {
            out.println();
            out.println(p);
        }
        for (Table t : tables) {
            out.println();
            out.print(text.render(t));
        }
    }

    private void table(StoredClosing stored, PrintWriter out) {
        ClosingTables t = new ClosingTables(stored.closing(), lang.labels(),
                StoredClosings.committeeNames(stored, lang.language()));
        TextTableRenderer r = new TextTableRenderer(lang.numbers());
        out.println(lang.labels().format("outcome.header", month, stored.info().id(),
                stored.info().closedAt().toLocalDate(), stored.info().closedBy(), stored.info().engineVersion(),
                stored.info().inputsSha256().substring(0, 12)));
        out.println();
        out.println(ClosingNarrative.of(stored.closing(), lang.labels()));
        out.println();
        List<Table> tables = t.all();
        for (int i = 0; i < tables.size(); i++) {
            out.print(r.render(tables.get(i)));
            if (i < tables.size() - 1) {
                out.println();
            }
        }
    }
}
