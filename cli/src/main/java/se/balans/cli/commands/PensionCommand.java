package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.BalansHome;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.UserException;
import se.balans.cli.output.MachineOutput;
import se.balans.cli.output.OutputFormat;
import se.balans.engine.pension.ActiveRisk;
import se.balans.engine.pension.Allocation;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.pension.PeriodReturn;
import se.balans.engine.policy.LimitCheck;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.PensionReturnsFile;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.treasury.PensionTables;

/** {@code balans pension}: the pension-fund portfolio's returns against its benchmark for a month. */
@Command(name = "pension", mixinStandardHelpOptions = true,
        description = {"The pension-fund portfolio (pensionsmedelsportföljen) for a month: each asset class's",
                "return against its benchmark for the month, year to date and rolling 12 months (chained),",
                "the active return, the tracking error (standard deviation of the monthly active returns",
                "× √12) and information ratio over 12 months, and the allocation (with --policy, against",
                "its limits)."})
public final class PensionCommand implements Callable<Integer> {
    /** The columns of {@code --format csv}, fixed by the file-format specification. */
    static final List<String> CSV_COLUMNS = List.of("asset_class", "ytd_return", "ytd_benchmark", "ytd_active",
            "tracking_error", "information_ratio");

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

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default), csv (one row per asset class; returns as fractions) or json.")
    OutputFormat format;

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
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> {
                PensionTables t = new PensionTables(lang.labels());
                TextTableRenderer r = new TextTableRenderer(lang.numbers());
                out.print(r.render(t.returns(m, figures)));
                if (!allocation.marketValues().isEmpty()) {
                    out.println();
                    out.print(r.render(t.allocation(allocation, checks)));
                }
            }
            case csv -> csv(figures, out);
            case json -> json(m, figures, allocation, checks, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    static void csv(List<AssetClassFigures> figures, PrintWriter out) throws IOException {
        try (CSVPrinter p = MachineOutput.csv(out, CSV_COLUMNS)) {
            for (AssetClassFigures f : figures) {
                Optional<PeriodReturn> ytd = f.yearToDate();
                Optional<ActiveRisk> risk = f.activeRisk();
                p.printRecord(f.assetClass().code(), TreasuryOutput.csv(ytd.map(PeriodReturn::portfolio)),
                        TreasuryOutput.csv(ytd.map(PeriodReturn::benchmark)),
                        TreasuryOutput.csv(ytd.map(PeriodReturn::active)),
                        TreasuryOutput.csv(risk.map(r -> BigDecimal.valueOf(r.trackingError()))),
                        TreasuryOutput.csv(risk.flatMap(PensionCommand::ir)));
            }
        }
    }

    private static Optional<BigDecimal> ir(ActiveRisk r) {
        return r.informationRatio().isPresent() ? Optional.of(BigDecimal.valueOf(r.informationRatio().getAsDouble()))
                : Optional.empty();
    }



    private static void period(JsonGenerator g, String name, Optional<PeriodReturn> p) throws IOException {
        g.writeFieldName(name);
        if (p.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("from", p.get().from().toString());
        g.writeStringField("to", p.get().to().toString());
        TreasuryOutput.number(g, "return", Optional.of(p.get().portfolio()));
        TreasuryOutput.number(g, "benchmark", Optional.of(p.get().benchmark()));
        TreasuryOutput.number(g, "active", Optional.of(p.get().active()));
        g.writeEndObject();
    }

    static void json(YearMonth month, List<AssetClassFigures> figures, Allocation allocation, List<LimitCheck> checks,
                     PrintWriter out) throws IOException {
        try (JsonGenerator g = MachineOutput.json(out)) {
            g.writeStartObject();
            g.writeStringField("month", month.toString());
            g.writeStringField("unit", "returns as fractions; market values in mnkr");
            g.writeArrayFieldStart("asset_classes");
            for (AssetClassFigures f : figures) {
                g.writeStartObject();
                g.writeStringField("asset_class", f.assetClass().code());
                period(g, "month", Optional.of(new PeriodReturn(month, month, f.month().portfolioReturn(),
                        f.month().benchmarkReturn())));
                period(g, "year_to_date", f.yearToDate());
                period(g, "rolling_12m", f.rolling12Months());
                TreasuryOutput.number(g, "tracking_error",
                        f.activeRisk().map(r -> BigDecimal.valueOf(r.trackingError())));
                TreasuryOutput.number(g, "information_ratio", f.activeRisk().flatMap(PensionCommand::ir));
                if (f.month().marketValue().isPresent()) {
                    MachineOutput.amount(g, "market_value", f.month().marketValue().get());
                }
                TreasuryOutput.number(g, "allocation", allocation.share(f.assetClass()));
                g.writeEndObject();
            }
            g.writeEndArray();
            TreasuryOutput.limitChecks(g, checks);
            g.writeEndObject();
        }
        out.println();
    }
}
