package se.balans.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import se.balans.app.treasury.ShowPension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.output.FormatOption;
import se.balans.engine.pension.Allocation;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.policy.LimitCheck;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.treasury.PensionTables;

/** {@code balans pension}: the pension-fund portfolio's returns against its benchmark for a month. */
@Command(name = "pension", mixinStandardHelpOptions = true,
        description = {"The pension-fund portfolio (pensionsmedelsportföljen) for a month: each asset class's "
                + "return against its benchmark for the month, year to date and rolling 12 months (chained), "
                + "the active return, the tracking error (standard deviation of the monthly active returns "
                + "× √12) and information ratio over 12 months, and the allocation (with --policy, against "
                + "its limits)."})
public final class PensionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LanguageOption lang;

    @Option(names = "--returns", paramLabel = "FILE", required = true,
            description = "The returns file: month,asset_class,portfolio_return,benchmark_return[,market_value].")
    Path returns;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "The month to report (default: the latest month in the file).")
    YearMonth month;

    @Option(names = "--policy", paramLabel = "FILE", description = "A finance-policy file with allocation limits.")
    Path policy;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        ShowPension.Result p = ShowPension.run(new ShowPension.Request(BalansHome.resolve(returns),
                Optional.ofNullable(month), Optional.ofNullable(policy).map(BalansHome::resolve)));
        YearMonth m = p.month();
        List<AssetClassFigures> figures = p.figures();
        Allocation allocation = p.allocation();
        List<LimitCheck> checks = p.checks();
        format.print(spec.commandLine().getOut(), p.data(), out -> {
            PensionTables t = new PensionTables(lang.labels());
            TextTableRenderer r = new TextTableRenderer(lang.numbers());
            out.print(r.render(t.returns(m, figures)));
            if (!allocation.marketValues().isEmpty()) {
                out.println();
                out.print(r.render(t.allocation(allocation, checks)));
            }
        });
        return ExitCode.OK;
    }
}
