package se.balans.io.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;
import se.balans.engine.plan.BudgetFrame;
import se.balans.engine.plan.Committee;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.GoalMetric;
import se.balans.engine.plan.InvestmentPlanYear;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.plan.YearStatus;
import se.balans.engine.plan.drivers.BridgeLine;
import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.engine.plan.drivers.YearFigures;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementLine;
import se.balans.io.InputFileException;

/**
 * Writes a computed plan as a plan directory, in exactly the files and columns
 * {@link PlanDirectoryReader} reads, so that {@code plan show}, {@code plan check} and the reports work
 * on it unchanged. Amounts are exact mnkr (to the öre, never rounded); each row's {@code source} says
 * where it comes from: the base plan for the base year, {@code computed: …} with the terms for every
 * computed figure.
 */
public final class PlanDirectoryWriter {
    private PlanDirectoryWriter() {
    }

    /**
     * The balance-requirement history the plan report looks for in a plan directory
     * ({@code WritePlanReport.DEFAULT_HISTORY}): the history up to the base year and the computed years.
     */
    public static final String HISTORY = "balance-requirement.csv";

    /**
     * Writes every file of the plan directory into {@code dir}, creating it if needed, and the
     * balance-requirement history with the plan years, so that the plan report shows their
     * restoration schedule.
     */
    public static void write(ComputedPlan cp, Path dir) {
        RegionalPlan p = cp.plan();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputFileException(dir, null, null, "cannot create the plan directory: " + e.getMessage(), e);
        }
        write(dir.resolve(PlanDirectoryReader.PROPERTIES), properties(cp));
        write(dir.resolve(PlanDirectoryReader.COMMITTEES), committees(p));
        write(dir.resolve(PlanDirectoryReader.FRAMES), frames(cp));
        write(dir.resolve(PlanDirectoryReader.FRAME_CHANGES), frameChanges(cp));
        write(dir.resolve(PlanDirectoryReader.INCOME_STATEMENT), incomeStatement(cp));
        write(dir.resolve(PlanDirectoryReader.BALANCE_SHEET), balanceSheet(cp));
        write(dir.resolve(PlanDirectoryReader.CASH_FLOW), cashFlow(cp));
        write(dir.resolve(PlanDirectoryReader.INVESTMENT_PLAN), investmentPlan(cp));
        write(dir.resolve(PlanDirectoryReader.GOALS), goals(p));
        write(dir.resolve(HISTORY), balanceRequirement(cp));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputFileException(file, null, null, "cannot write: " + e.getMessage(), e);
        }
    }

    /** Exact mnkr, plain: 10958.46408, never 1.0958E+4. */
    static String mnkr(Money m) {
        return m.toMnkr().toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return Ratios.toPercent(fraction).stripTrailingZeros().toPlainString();
    }

    private static boolean computed(ComputedPlan cp, int year) {
        return year > cp.drivers().baseYear();
    }

    static String properties(ComputedPlan cp) {
        RegionalPlan p = cp.plan();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(p.region()).append(": plan ").append(cp.drivers().firstYear()).append('–')
                .append(cp.drivers().lastYear()).append(" computed from drivers on the base year ")
                .append(cp.drivers().baseYear()).append(" (docs/plan-drivers.md).\n");
        sb.append("# Computed amounts are exact (to the öre); the rounding is the base plan's, for its base year.\n");
        sb.append("region=").append(p.region()).append('\n');
        sb.append("plan_year=").append(p.planYear()).append('\n');
        sb.append("published_rounding_mnkr=").append(mnkr(p.publishedRounding())).append('\n');
        p.borrowingLimit().ifPresent(b -> sb.append("borrowing_limit_mnkr=").append(mnkr(b)).append('\n'));
        for (Map.Entry<Integer, YearStatus> e : p.yearStatus().entrySet()) {
            sb.append("year.").append(e.getKey()).append('=').append(e.getValue().code()).append('\n');
        }
        return sb.toString();
    }

    static String committees(RegionalPlan p) {
        return csv(List.of("code", "name", "name_en", "source"), p.committees().stream()
                .map(c -> List.of(c.code(), c.name(), englishName(c), "base plan")).toList());
    }

    private static String englishName(Committee c) {
        return c.englishName().equals(c.name()) ? "" : c.englishName();
    }

    static String frames(ComputedPlan cp) {
        RegionalPlan p = cp.plan();
        return csv(List.of("year", "committee", "amount", "source"), p.frameYears().stream()
                .flatMap(y -> p.frames(y).stream())
                .map(f -> List.of(String.valueOf(f.year()), f.committee(), mnkr(f.amount()), frameSource(cp, f)))
                .toList());
    }

    private static String frameSource(ComputedPlan cp, BudgetFrame f) {
        return computed(cp, f.year()) ? "computed: frame " + (f.year() - 1) + " + the bridge " + f.year()
                : "base plan";
    }

    static String frameChanges(ComputedPlan cp) {
        return csv(List.of("year", "committee", "kind", "amount", "counterparty", "reason", "source"),
                cp.bridge().stream().map(b -> List.of(String.valueOf(b.year()), b.change().committee(),
                        b.change().kind().code(), mnkr(b.amount()), b.change().counterparty().orElse(""),
                        b.change().reason(), bridgeSource(b))).toList());
    }

    /** Where a bridge line comes from, with its terms. */
    static String bridgeSource(BridgeLine b) {
        String driver = b.source().isBlank() ? "" : "; " + b.source();
        return switch (b.rule()) {
            case INDEX -> "computed: " + percent(b.rate().orElseThrow()) + " % × indexed part "
                    + mnkr(b.basis().orElseThrow()) + driver;
            case PAYROLL_OVERHEAD -> "computed: payroll " + mnkr(b.basis().orElseThrow()) + " × pension part change "
                    + percent(b.rate().orElseThrow()) + " pp" + driver;
            case PENSIONS -> "computed: KPA forecast " + b.year() + " less " + (b.year() - 1) + " ("
                    + mnkr(b.basis().orElseThrow()) + ")" + driver;
            case DEPRECIATION -> "computed: depreciation " + b.year() + " less " + (b.year() - 1) + " ("
                    + mnkr(b.basis().orElseThrow()) + ")";
            case DECISION -> "decided" + (b.source().isBlank() ? "" : ": " + b.source());
        };
    }

    static String incomeStatement(ComputedPlan cp) {
        return statement(cp, cp.plan().incomeStatements(), (y, line) -> incomeSource(cp.figures(y), line));
    }

    static String incomeSource(YearFigures f, IncomeStatementLine line) {
        return switch (line) {
            case OPERATING_COSTS -> "computed: frames " + mnkr(f.frames()) + " less depreciation";
            case DEPRECIATION -> "computed: existing assets " + mnkr(f.depreciationExisting())
                    + " + new investments " + mnkr(f.depreciationNew());
            case TAX_REVENUE -> "computed: tax base " + mnkr(f.taxBase()) + " × " + f.taxRate().toPlainString()
                    + " / 100" + (f.settlement().isZero() ? "" : " + settlement " + mnkr(f.settlement()))
                    + (f.taxForecast().isBlank() ? "" : " (" + f.taxForecast() + ")");
            case GENERAL_GRANTS -> "computed: sum of " + f.grants().size() + " parts (general-grants.csv)";
            case FINANCIAL_INCOME -> "driver: financing.csv";
            case FINANCIAL_COSTS -> "computed: interest on existing loans " + mnkr(f.interestExisting())
                    + " + on new borrowing " + mnkr(f.interestNew()) + " + pensions' financial part "
                    + mnkr(f.pensionsFinancial()) + " + other " + mnkr(f.otherFinancialCosts());
            default -> "computed";
        };
    }

    static String balanceSheet(ComputedPlan cp) {
        return statement(cp, cp.plan().balanceSheets(), (y, line) -> balanceSource(line));
    }

    static String balanceSource(BalanceSheetLine line) {
        return switch (line) {
            case FIXED_ASSETS -> "computed: last year's + investments − depreciation";
            case CURRENT_ASSETS -> "computed: what the balance identity leaves (cash and placements)";
            case OPENING_EQUITY -> "computed: last year's equity";
            case RESULT_FOR_YEAR -> "computed: the result budget";
            case PENSION_PROVISIONS -> "computed: KPA forecast, else last year's";
            case LONG_TERM_LIABILITIES -> "computed: last year's + new borrowing − amortisation";
            case CONTINGENT_PENSION_LIABILITY -> "computed: KPA forecast, else last year's";
            case INTEREST_BEARING_DEBT -> "computed: existing loans after amortisation + new borrowing";
            default -> "computed: last year's";
        };
    }

    static String cashFlow(ComputedPlan cp) {
        return statement(cp, cp.plan().cashFlows(), (y, line) -> cashSource(line));
    }

    static String cashSource(CashFlowLine line) {
        return switch (line) {
            case NON_CASH_ADJUSTMENTS -> "computed: depreciation + change in provisions";
            case INVESTMENTS -> "computed: investments.csv";
            case CHANGE_SHORT_TERM_INVESTMENTS -> "computed: financing.csv short_term_placements";
            case CHANGE_LONG_TERM_LIABILITIES -> "computed: new borrowing − amortisation";
            case OPENING_CASH -> "computed: last year's closing cash";
            case CLOSING_CASH -> "computed: opening cash + the year's cash flow";
            default -> "computed";
        };
    }

    private interface LineSource<L> {
        String of(int year, L line);
    }

    private static <L extends Enum<L> & StatementLine> String statement(ComputedPlan cp, Map<Integer, Statement<L>> s,
                                                                        LineSource<L> source) {
        return csv(List.of("year", "line", "amount", "source"), s.values().stream()
                .flatMap(st -> st.given().entrySet().stream().map(e -> List.of(String.valueOf(st.year()),
                        e.getKey().code(), mnkr(e.getValue()),
                        computed(cp, st.year()) ? source.of(st.year(), e.getKey()) : "base plan")))
                .toList());
    }

    static String investmentPlan(ComputedPlan cp) {
        return csv(List.of("year", "investment_frame", "depreciation", "source"), cp.plan().investmentPlan().stream()
                .map((InvestmentPlanYear i) -> List.of(String.valueOf(i.year()), mnkr(i.investmentFrame()),
                        mnkr(i.depreciation()), computed(cp, i.year())
                                ? "computed: investments.csv; depreciation of existing assets + new investments"
                                : "base plan"))
                .toList());
    }

    static String goals(RegionalPlan p) {
        return csv(List.of("id", "year", "metric", "comparison", "target", "text", "source"), p.goals().stream()
                .map((FinancialGoal g) -> List.of(g.id(), String.valueOf(g.year()), g.metric().code(),
                        g.atLeast() ? "at_least" : "at_most", g.metric().unit() == GoalMetric.Unit.RATIO
                                ? percent(g.target()) : mnkr(Money.ofSek(g.target())), g.text(), "base plan"))
                .toList());
    }

    /**
     * The history file's format ({@code BalanceRequirementHistory}): every year of the schedule with its
     * balanskravsutredning's input lines, synnerliga skäl and, on the first row, the reserve's opening
     * balance.
     */
    static String balanceRequirement(ComputedPlan cp) {
        List<String> header = new java.util.ArrayList<>(List.of("year"));
        for (BalanceRequirementLine l : BalanceRequirementLine.values()) {
            if (!l.isTotal()) {
                header.add(l.code());
            }
        }
        header.addAll(List.of("reserve_opening", "special_reasons", "status", "note"));
        List<List<String>> rows = new java.util.ArrayList<>();
        boolean first = true;
        for (RestorationYear y : cp.schedule().years()) {
            BalanceRequirementInput in = y.input();
            List<String> row = new java.util.ArrayList<>(List.of(String.valueOf(y.year())));
            for (BalanceRequirementLine l : BalanceRequirementLine.values()) {
                if (!l.isTotal()) {
                    row.add(in.amounts().containsKey(l) ? mnkr(in.amounts().get(l)) : "");
                }
            }
            Money opening = y.reserveBalance().plus(in.amount(BalanceRequirementLine.RESERVE_ALLOCATION))
                    .plus(in.amount(BalanceRequirementLine.RESERVE_USE));
            row.add(first && !opening.isZero() ? mnkr(opening) : "");
            row.add(in.specialReasons().isZero() ? "" : mnkr(in.specialReasons()));
            boolean computed = computed(cp, y.year());
            row.add(computed ? cp.plan().status(y.year()).map(YearStatus::code).orElse("plan") : "history");
            row.add(computed ? "computed: the result budget less unrealised gains (financing.csv)"
                    : "base history");
            rows.add(row);
            first = false;
        }
        return csv(header, rows);
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
