package se.balans.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.UserException;
import se.balans.cli.output.FormatOption;
import se.balans.engine.pension.Allocation;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.policy.LimitCheck;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.PensionReturnsFile;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.treasury.PensionData;
import se.balans.reports.treasury.PensionTables;

/** {@code balans pension}: the pension-fund portfolio's returns against its benchmark for a month. */
@Command(name = "pension", mixinStandardHelpOptions = true,
        description = {"The pension-fund portfolio (pensionsmedelsportföljen) for a month: each asset class's",
                "return against its benchmark for the month, year to date and rolling 12 months (chained),",
                "the active return, the tracking error (standard deviation of the monthly active returns",
                "× √12) and information ratio over 12 months, and the allocation (with --policy, against",
                "its limits)."})
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
        Path file = BalansHome.resolve(returns);
        PensionPortfolio portfolio = PensionReturnsFile.read(file);
        YearMonth m = month != null ? month : portfolio.latestMonth().orElseThrow();
        List<AssetClassFigures> figures = portfolio.figures(m);
        if (figures.isEmpty()) {
            throw new UserException(ExitCode.BAD_INPUT, file + ": no returns for " + m + "; the file covers "
                    + portfolio.earliestMonth().orElseThrow() + " – " + portfolio.latestMonth().orElseThrow());
        }
        Allocation allocation = portfolio.allocation(m);
        List<LimitCheck> checks = Optional.ofNullable(policy).map(f -> FinancePolicyFile.read(BalansHome.resolve(f)))
                .map(p -> p.checkAllocation(allocation)).orElse(List.of());
        format.print(spec.commandLine().getOut(), new PensionData(m, figures, allocation, checks), out -> {
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
