package se.balans.reports.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.treasury.DebtGoal;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.trace.Figure;
import se.balans.engine.treasury.Loan;
import se.balans.engine.treasury.LoanEvents;
import se.balans.engine.treasury.MaturityYear;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * The loan portfolio as tables for the terminal and the financial report: the summary, the
 * finance-policy limits, the maturity profile, the month's loan events and the plan's debt goal.
 */
public final class DebtTables {
    private final Labels labels;
    private final NumberStyle numbers;
    private final LimitCells limits;

    public DebtTables(Labels labels) {
        this.labels = labels;
        this.numbers = NumberStyle.of(labels.language());
        this.limits = new LimitCells(labels);
    }

    private static Cell rate(Optional<BigDecimal> fraction) {
        return fraction.map(f -> (Cell) new Cell.Percent(f, 2)).orElse(Cell.EMPTY);
    }

    private static Cell years(Optional<BigDecimal> years) {
        return years.map(y -> (Cell) new Cell.Number(y, 1)).orElse(Cell.EMPTY);
    }

    private static Cell share(Optional<BigDecimal> fraction) {
        return fraction.map(Cell::percent).orElse(Cell.EMPTY);
    }

    private static Cell count(int n) {
        return new Cell.Number(BigDecimal.valueOf(n), 0);
    }

    /** Låneportföljen: total, rates, bindings, shares, sensitivity and, with a limit, the headroom. */
    public Table summary(PortfolioMetrics m, Optional<Money> borrowingLimit) {
        Table.Builder b = Table.builder(labels.format("debt.summary.title", m.asOf()), "",
                List.of(labels.get("treasury.value")));
        b.row(labels.get("debt.loan_count"), List.of(count(m.loanCount())));
        if (m.swapCount() > 0) {
            b.row(labels.get("debt.swap_count"), List.of(count(m.swapCount())));
        }
        b.row(labels.get("debt.total"), List.of(Cell.amount(m.totalDebt())));
        b.row(labels.get("debt.average_rate"), List.of(rate(m.averageRate())));
        if (m.swapCount() > 0) {
            b.row(labels.get("debt.average_rate_incl_swaps"), List.of(rate(m.averageRateInclSwaps())));
        }
        b.row(labels.get("debt.capital_binding"), List.of(years(m.capitalBindingYears())));
        b.row(labels.get("debt.interest_binding"), List.of(years(m.interestBindingYears())));
        b.row(labels.get("debt.share_maturing_12m"), List.of(share(m.shareMaturing12m())));
        b.row(labels.get("debt.share_refixing_12m"), List.of(share(m.shareRefixing12m())));
        b.row(labels.get("debt.sensitivity"), List.of(Cell.amount(m.rateSensitivity())));
        borrowingLimit.ifPresent(limit -> {
            b.row(labels.get("debt.borrowing_limit"), List.of(Cell.amount(limit)));
            b.row(labels.get("debt.headroom"), List.of(Cell.amount(m.headroom(limit))));
        });
        String note = labels.format("debt.note", m.asOf());
        return b.note(m.swapCount() > 0 ? note + " " + labels.get("debt.note.swaps") : note).build();
    }

    /** Finanspolicyns limiter: each limit with the portfolio's value, the allowed range and the verdict. */
    public Table policyLimits(LocalDate asOf, List<LimitCheck> checks) {
        Table.Builder b = Table.builder(labels.format("debt.policy.title", asOf), labels.get("debt.policy.limit"),
                List.of(labels.get("treasury.value"), labels.get("treasury.allowed"), labels.get("treasury.verdict")));
        for (LimitCheck c : checks) {
            b.row(limits.label(c.limit()), limits.cells(c));
        }
        return b.build();
    }

    /** Förfallostruktur: the debt maturing each year and its share of the total. */
    public Table maturityProfile(PortfolioMetrics m) {
        Table.Builder b = Table.builder(labels.format("debt.maturity.title", m.asOf()), labels.get("label.year"),
                List.of(labels.get("debt.maturity.amount"), labels.get("debt.maturity.share")));
        for (MaturityYear y : m.maturityProfile()) {
            b.row(String.valueOf(y.year()), List.of(Cell.amount(y.amount()), Cell.percent(y.amount().ratioTo(m.totalDebt()))));
        }
        List<Cell> total = List.of(Cell.amount(m.totalDebt()), m.totalDebt().isZero() ? Cell.EMPTY : Cell.percent(BigDecimal.ONE));
        return b.totalOfDetailRows(labels.get("label.total"), total).build();
    }

    /** Förändringar under månaden: each matured and new loan, then refinancing, new borrowing and the net change. */
    public Table events(LoanEvents e) {
        Table.Builder b = Table.builder(labels.format("debt.events.title", TreasuryDates.month(e.month(), labels)),
                labels.get("debt.events.loan"), List.of(labels.get("debt.events.event"), labels.get("debt.events.lender"),
                        labels.get("debt.events.amount"), labels.get("debt.events.rate_type"),
                        labels.get("debt.events.rate"), labels.get("debt.events.maturity")));
        e.matured().forEach(l -> b.row(l.id(), loanCells("debt.events.matured", l)));
        e.borrowed().forEach(l -> b.row(l.id(), loanCells("debt.events.borrowed", l)));
        if (e.isEmpty()) {
            return b.note(labels.get("debt.events.none")).build();
        }
        b.row(labels.get("debt.events.refinanced"), amountOnly(e.refinanced()));
        b.row(labels.get("debt.events.new_borrowing"), amountOnly(e.newBorrowing()));
        if (e.repaid().isPositive()) {
            b.row(labels.get("debt.events.repaid"), amountOnly(e.repaid().negated()));
        }
        return b.total(labels.get("debt.events.net"), amountOnly(e.netChange())).build();
    }

    private List<Cell> loanCells(String event, Loan l) {
        return List.of(Cell.text(labels.get(event)), Cell.text(l.lender()), Cell.amount(l.amount()),
                Cell.text(labels.get("rate_type." + l.rateType().code())), new Cell.Percent(l.rate(), 2),
                Cell.text(l.maturityDate().toString()));
    }

    private static List<Cell> amountOnly(Money m) {
        return List.of(Cell.EMPTY, Cell.EMPTY, Cell.amount(m), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY);
    }

    /**
     * Skuldmålet: the plan's goal (interest-bearing debt at most 22 % of taxes and grants) with the
     * actual debt's share, as {@link se.balans.engine.treasury.DebtGoal} evaluates it.
     */
    public Table debtGoal(LocalDate asOf, GoalEvaluation e) {
        FinancialGoal g = e.goal();
        Table.Builder b = Table.builder(labels.format("debt.goal.title", asOf), labels.get("label.goal"),
                List.of(labels.get("label.target"), labels.get("label.value"), labels.get("label.verdict")));
        String cmp = labels.get(g.atLeast() ? "goal.comparison.at_least" : "goal.comparison.at_most");
        b.row(labels.get("goal.metric." + g.metric().code()), List.of(Cell.text(cmp + " " + numbers.percent(g.target(), 1)),
                e.value().map(Cell::percent).orElse(Cell.EMPTY), Cell.text(labels.get("goal.status." + e.status().name()))));
        Optional<Figure> debt = e.inputs().stream().filter(f -> f.line().equals("interest_bearing_debt")).findFirst();
        List<Figure> base = e.inputs().stream().filter(f -> f.source().equals(DebtGoal.PLAN)
                || f.source().equals(DebtGoal.CLOSING_FORECAST)).toList();
        if (debt.isPresent() && !base.isEmpty()) {
            boolean closing = base.get(0).source().equals(DebtGoal.CLOSING_FORECAST);
            String note = labels.format(closing ? "debt.goal.note_closing" : "debt.goal.note",
                    numbers.mnkr(debt.get().amount(), 1), asOf, numbers.mnkr(Money.sum(base, Figure::amount), 1),
                    base.get(0).year());
            b.note(g.text().isBlank() ? note : note + " " + labels.format("debt.goal.text", g.text()));
        }
        return b.build();
    }
}
