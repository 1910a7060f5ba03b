package se.balans.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import se.balans.app.treasury.ShowDebt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.FormatOption;
import se.balans.engine.money.Money;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.treasury.LoanEvents;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.treasury.DebtTables;

/** {@code balans debt}: the loan portfolio as of a date, its policy limits and the month's loan events. */
@Command(name = "debt", mixinStandardHelpOptions = true,
        description = {"The loan portfolio (låneportföljen) as of a date: total debt, average rate with and "
                + "without swaps, kapital- and räntebindning (ACT/365 years), the shares maturing and re-fixing "
                + "within 12 months, the cost of +1 percentage point over the next 12 months, the maturity "
                + "profile and the loans that matured or were taken up in the as-of date's month. With --policy, "
                + "the finance-policy limits and the headroom to the borrowing limit."})
public final class DebtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;

    @Option(names = "--loans", paramLabel = "FILE", required = true,
            description = "The loan file: id,lender,amount,start_date,maturity_date,rate_type,rate,next_fixing_date.")
    Path loans;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", required = true,
            description = "The date of the figures (end of day: a loan maturing that day is repaid).")
    LocalDate asOf;

    @Option(names = "--policy", paramLabel = "FILE", description = "A finance-policy file: metric,min,max.")
    Path policy;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        ShowDebt.Result d = ShowDebt.run(new ShowDebt.Request(BalansHome.resolve(loans), asOf,
                Optional.ofNullable(policy).map(BalansHome::resolve)));
        PortfolioMetrics m = d.metrics();
        List<LimitCheck> checks = d.checks();
        LoanEvents events = d.events();
        Optional<Money> borrowingLimit = d.borrowingLimit();
        format.print(spec.commandLine().getOut(), d.data(), out -> {
            DebtTables t = new DebtTables(lang.labels());
            TextTableRenderer r = new TextTableRenderer(lang.numbers());
            out.println(r.render(t.summary(m, borrowingLimit)));
            if (!checks.isEmpty()) {
                out.println(r.render(t.policyLimits(asOf, checks)));
            }
            out.println(r.render(t.maturityProfile(m)));
            out.print(r.render(t.events(events)));
        });
        return ExitCode.OK;
    }
}
