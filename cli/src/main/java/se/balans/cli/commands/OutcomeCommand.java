package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.balans.cli.ExitCode;
import se.balans.cli.LanguageOption;
import se.balans.cli.StoreOption;
import se.balans.cli.UserException;
import se.balans.cli.output.MachineOutput;
import se.balans.cli.output.OutputFormat;
import se.balans.engine.closing.Backtest;
import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.plan.Committee;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.reports.closing.ClosingNarrative;
import se.balans.reports.closing.ClosingTables;
import se.balans.reports.table.Table;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Language;
import se.balans.store.ConfigFile;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/** {@code balans outcome --month YYYY-MM}: a closed month's outcomes, as stored. */
@Command(name = "outcome", mixinStandardHelpOptions = true,
        description = {"Show a closed month's outcomes as stored by 'balans close': the summary, the result",
                "statement to date with budget and last year, the committees against their periodised frames,",
                "the forecast's basis and the back-test of the forecast method."})
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

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default), csv (one row per figure set, amounts in mnkr) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        StoredClosing stored;
        try (Store store = storeOption.open()) {
            stored = store.closing(month).orElseThrow(() -> new UserException(ExitCode.BAD_INPUT,
                    month + " is not closed; close it with: balans close " + month));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(stored, out);
            case csv -> csv(stored.closing(), out);
            case json -> json(stored, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Committee display names from the committees file the closing stored. */
    static Map<String, String> committeeNames(StoredClosing stored, Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ConfigFile f : stored.config()) {
            if (f.name().equals(ClosingSetupReader.COMMITTEES)) {
                for (Committee c : ClosingSetupReader.committeeList(Path.of("closing #" + stored.info().id(),
                        f.name()), f.content())) {
                    names.put(c.code(), language == Language.SV ? c.name() : c.englishName());
                }
            }
        }
        return names;
    }

    private void table(StoredClosing stored, PrintWriter out) {
        ClosingTables t = new ClosingTables(stored.closing(), lang.labels(), committeeNames(stored, lang.language()));
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

    static final List<String> MEASURE_COLUMNS = List.of("month", "ytd", "ytd_last_year", "budget_ytd", "budget_year",
            "deviation_ytd", "forecast_year", "growth");

    private static List<String> measures(Measures m, boolean cost) {
        return List.of(n(m.month()), n(m.ytd()), n(m.ytdLastYear()), n(m.budgetYtd()), n(m.budgetYear()),
                n(cost ? m.costDeviationYtd() : m.deviationYtd()), n(m.forecastYear()),
                m.growth().map(MachineOutput::plain).orElse(""));
    }

    private static String n(se.balans.engine.money.Money m) {
        return MachineOutput.plain(m.toMnkr());
    }

    /** level region: the result statement's lines; committee: net cost (deviation: budget − outcome); detail: the stored grain. */
    private void csv(MonthlyClosing c, PrintWriter out) throws IOException {
        List<String> header = new java.util.ArrayList<>(List.of("month", "level", "committee", "line"));
        header.addAll(MEASURE_COLUMNS);
        try (CSVPrinter p = MachineOutput.csv(out, header)) {
            for (IncomeStatementLine line : IncomeStatementLine.values()) {
                p.printRecord(row(c.month(), "region", "", line.code(), measures(c.line(line), false)));
            }
            p.printRecord(row(c.month(), "region", "", "net_financial_items", measures(c.netFinancialItems(), false)));
            for (String k : c.committees()) {
                p.printRecord(row(c.month(), "committee", k, "net_cost", measures(c.committeeNetCost(k), true)));
            }
            for (MonthlyClosing.Row r : c.rows()) {
                p.printRecord(row(c.month(), "detail", r.key().committee(), r.key().line().code(),
                        measures(r.measures(), false)));
            }
        }
    }

    private static List<String> row(YearMonth m, String level, String committee, String line, List<String> values) {
        List<String> out = new java.util.ArrayList<>(List.of(m.toString(), level, committee, line));
        out.addAll(values);
        return out;
    }

    private void json(StoredClosing stored, PrintWriter out) throws IOException {
        MonthlyClosing c = stored.closing();
        try (JsonGenerator g = MachineOutput.json(out)) {
            g.writeStartObject();
            g.writeStringField("month", c.month().toString());
            g.writeStringField("unit", "mnkr");
            g.writeObjectFieldStart("closing");
            g.writeNumberField("id", stored.info().id());
            g.writeStringField("closed_at", stored.info().closedAt().toString());
            g.writeStringField("closed_by", stored.info().closedBy());
            g.writeStringField("engine_version", stored.info().engineVersion());
            g.writeStringField("inputs_sha256", stored.info().inputsSha256());
            g.writeEndObject();
            g.writeObjectFieldStart("result_statement");
            for (IncomeStatementLine line : IncomeStatementLine.values()) {
                jsonMeasures(g, line.code(), c.line(line), false);
            }
            jsonMeasures(g, "net_financial_items", c.netFinancialItems(), false);
            g.writeEndObject();
            g.writeObjectFieldStart("committees");
            for (String k : c.committees()) {
                jsonMeasures(g, k, c.committeeNetCost(k), true);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("forecast_basis");
            for (ForecastBasis b : c.bases()) {
                g.writeStartObject();
                g.writeStringField("target", b.target());
                g.writeStringField("method", b.method().code());
                g.writeStringField("profile", b.profile().source().code());
                g.writeArrayFieldStart("learned_from");
                for (int y : b.profile().learnedFrom()) {
                    g.writeNumber(y);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("weights");
                for (java.math.BigDecimal w : b.profile().weights()) {
                    g.writeNumber(w);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (c.backtest().isPresent()) {
                Backtest bt = c.backtest().get();
                g.writeObjectFieldStart("backtest");
                g.writeNumberField("year", bt.year());
                MachineOutput.amount(g, "actual_operating_result", bt.actualOperatingResult());
                MachineOutput.amount(g, "actual_result", bt.actualResult());
                g.writeArrayFieldStart("month_ends");
                for (int i = 0; i < bt.points().size(); i++) {
                    Backtest.Point p = bt.points().get(i);
                    g.writeStartObject();
                    g.writeNumberField("month", p.month());
                    MachineOutput.amount(g, "forecast_operating_result", p.forecastOperatingResult());
                    MachineOutput.amount(g, "forecast_result", p.forecastResult());
                    MachineOutput.amount(g, "error_operating_result", bt.errors().get(i).operatingResult());
                    MachineOutput.amount(g, "error_result", bt.errors().get(i).result());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        out.println();
    }

    private static void jsonMeasures(JsonGenerator g, String name, Measures m, boolean cost) throws IOException {
        g.writeObjectFieldStart(name);
        MachineOutput.amount(g, "month", m.month());
        MachineOutput.amount(g, "ytd", m.ytd());
        MachineOutput.amount(g, "ytd_last_year", m.ytdLastYear());
        MachineOutput.amount(g, "budget_ytd", m.budgetYtd());
        MachineOutput.amount(g, "budget_year", m.budgetYear());
        MachineOutput.amount(g, "deviation_ytd", cost ? m.costDeviationYtd() : m.deviationYtd());
        MachineOutput.amount(g, "forecast_year", m.forecastYear());
        if (m.growth().isPresent()) {
            g.writeFieldName("growth");
            g.writeNumber(MachineOutput.plainDecimal(m.growth().get()));
        } else {
            g.writeNullField("growth");
        }
        g.writeEndObject();
    }
}
