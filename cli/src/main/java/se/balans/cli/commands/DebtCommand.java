package se.balans.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
import se.balans.cli.output.MachineOutput;
import se.balans.cli.output.OutputFormat;
import se.balans.engine.money.Money;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.treasury.Loan;
import se.balans.engine.treasury.LoanEvents;
import se.balans.engine.treasury.MaturityYear;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.LoanRegister;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.treasury.DebtTables;

/** {@code balans debt}: the loan portfolio as of a date, its policy limits and the month's loan events. */
@Command(name = "debt", mixinStandardHelpOptions = true,
        description = {"The loan portfolio (låneportföljen) as of a date: total debt, average rate with and",
                "without swaps, kapital- and räntebindning (ACT/365 years), the shares maturing and re-fixing",
                "within 12 months, the cost of +1 percentage point over the next 12 months, the maturity",
                "profile and the loans that matured or were taken up in the as-of date's month. With --policy,",
                "the finance-policy limits and the headroom to the borrowing limit."})
public final class DebtCommand implements Callable<Integer> {
    /** The columns of {@code --format csv}, fixed by the file-format specification. */
    static final List<String> CSV_COLUMNS = List.of("as_of", "total", "average_rate", "average_rate_incl_swaps",
            "capital_binding_years", "interest_binding_years", "share_maturing_12m", "share_refixing_12m");

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

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default), csv (one row; rates and shares as fractions) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        LoanRegister register = LoanRegister.read(BalansHome.resolve(loans));
        PortfolioMetrics m = register.metrics(asOf);
        Optional<FinancePolicy> p = Optional.ofNullable(policy).map(f -> FinancePolicyFile.read(BalansHome.resolve(f)));
        List<LimitCheck> checks = p.map(x -> x.checkDebt(m)).orElse(List.of());
        LoanEvents events = register.portfolio().events(YearMonth.from(asOf));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> {
                DebtTables t = new DebtTables(lang.labels());
                TextTableRenderer r = new TextTableRenderer(lang.numbers());
                out.println(r.render(t.summary(m, p.flatMap(FinancePolicy::borrowingLimit))));
                if (!checks.isEmpty()) {
                    out.println(r.render(t.policyLimits(asOf, checks)));
                }
                out.println(r.render(t.maturityProfile(m)));
                out.print(r.render(t.events(events)));
            }
            case csv -> csv(m, out);
            case json -> json(m, p, checks, events, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    static void csv(PortfolioMetrics m, PrintWriter out) throws IOException {
        try (CSVPrinter p = MachineOutput.csv(out, CSV_COLUMNS)) {
            p.printRecord(m.asOf().toString(), MachineOutput.plain(m.totalDebt().toMnkr()),
                    TreasuryOutput.csv(m.averageRate()), TreasuryOutput.csv(m.averageRateInclSwaps()),
                    TreasuryOutput.csv(m.capitalBindingYears()), TreasuryOutput.csv(m.interestBindingYears()),
                    TreasuryOutput.csv(m.shareMaturing12m()), TreasuryOutput.csv(m.shareRefixing12m()));
        }
    }



    static void json(PortfolioMetrics m, Optional<FinancePolicy> policy, List<LimitCheck> checks, LoanEvents events,
                     PrintWriter out) throws IOException {
        try (JsonGenerator g = MachineOutput.json(out)) {
            g.writeStartObject();
            g.writeStringField("as_of", m.asOf().toString());
            g.writeStringField("unit", "mnkr; rates and shares as fractions; years ACT/365");
            g.writeNumberField("loan_count", m.loanCount());
            g.writeNumberField("swap_count", m.swapCount());
            MachineOutput.amount(g, "total", m.totalDebt());
            TreasuryOutput.number(g, "average_rate", m.averageRate());
            TreasuryOutput.number(g, "average_rate_incl_swaps", m.averageRateInclSwaps());
            TreasuryOutput.number(g, "capital_binding_years", m.capitalBindingYears());
            TreasuryOutput.number(g, "interest_binding_years", m.interestBindingYears());
            TreasuryOutput.number(g, "share_maturing_12m", m.shareMaturing12m());
            TreasuryOutput.number(g, "share_refixing_12m", m.shareRefixing12m());
            MachineOutput.amount(g, "rate_sensitivity_1pp_12m", m.rateSensitivity());
            Optional<Money> limit = policy.flatMap(FinancePolicy::borrowingLimit);
            if (limit.isPresent()) {
                MachineOutput.amount(g, "borrowing_limit", limit.get());
                MachineOutput.amount(g, "headroom", m.headroom(limit.get()));
            }
            g.writeArrayFieldStart("maturity_profile");
            for (MaturityYear y : m.maturityProfile()) {
                g.writeStartObject();
                g.writeNumberField("year", y.year());
                MachineOutput.amount(g, "amount", y.amount());
                g.writeEndObject();
            }
            g.writeEndArray();
            eventsJson(g, events);
            TreasuryOutput.limitChecks(g, checks);
            g.writeEndObject();
        }
        out.println();
    }

    private static void eventsJson(JsonGenerator g, LoanEvents e) throws IOException {
        g.writeObjectFieldStart("events");
        g.writeStringField("month", e.month().toString());
        loans(g, "matured", e.matured());
        loans(g, "borrowed", e.borrowed());
        MachineOutput.amount(g, "refinanced", e.refinanced());
        MachineOutput.amount(g, "new_borrowing", e.newBorrowing());
        MachineOutput.amount(g, "repaid", e.repaid());
        MachineOutput.amount(g, "net_change", e.netChange());
        g.writeEndObject();
    }

    private static void loans(JsonGenerator g, String name, List<Loan> loans) throws IOException {
        g.writeArrayFieldStart(name);
        for (Loan l : loans) {
            g.writeStartObject();
            g.writeStringField("id", l.id());
            g.writeStringField("lender", l.lender());
            MachineOutput.amount(g, "amount", l.amount());
            g.writeStringField("start_date", l.startDate().toString());
            g.writeStringField("maturity_date", l.maturityDate().toString());
            g.writeStringField("rate_type", l.rateType().code());
            g.writeFieldName("rate");
            g.writeNumber(MachineOutput.plainDecimal(l.rate()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
