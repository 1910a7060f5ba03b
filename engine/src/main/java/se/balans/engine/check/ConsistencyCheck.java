package se.balans.engine.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import se.balans.engine.money.Money;
import se.balans.engine.plan.FrameBridge;
import se.balans.engine.plan.FrameChange;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.InvestmentPlanYear;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementLine;

/**
 * Checks that a plan's figures tie: totals, the balance identity, frames against the net operating
 * cost, the frame bridge, and the links between years and statements.
 *
 * <p>Published plans print whole mnkr, so a sum of printed figures can honestly differ from a
 * printed total by rounding. With {@link RegionalPlan#publishedRounding()} = u, a comparison of a
 * total with n printed terms allows |difference| ≤ (n + 1) · u / 2 — what rounding each figure by
 * at most u/2 can cause, and no more. Exact input (u = 0) must tie exactly.
 */
public final class ConsistencyCheck {
    private ConsistencyCheck() {
    }

    /** Every finding, in the order: per year, statements first, then links and frames. */
    public static List<Finding> check(RegionalPlan plan) {
        List<Finding> out = new ArrayList<>();
        Money unit = plan.publishedRounding();
        for (int year : plan.years()) {
            plan.incomeStatement(year).ifPresent(s -> totals(s, unit, out));
            plan.balanceSheet(year).ifPresent(s -> {
                totals(s, unit, out);
                balance(s, unit, out);
            });
            plan.cashFlow(year).ifPresent(s -> totals(s, unit, out));
            frameSum(plan, year, out);
            frameBridge(plan, year, out);
            reallocations(plan, year, out);
            equityRollForward(plan, year, out);
            cashRollForward(plan, year, out);
            resultLinks(plan, year, out);
            depreciationLink(plan, year, out);
        }
        return out;
    }

    /** The tolerance when comparing a figure with a sum of {@code terms} figures. */
    static Money tolerance(Money unit, int terms) {
        return unit.times(BigDecimal.valueOf(terms + 1L).divide(BigDecimal.valueOf(2)));
    }

    private static boolean differs(Money given, Money expected, Money unit, int terms) {
        return given.minus(expected).abs().compareTo(tolerance(unit, terms)) > 0;
    }

    /** Every printed total equals the sum of its lines. */
    static <L extends Enum<L> & StatementLine> void totals(Statement<L> s, Money unit, List<Finding> out) {
        for (Map.Entry<L, Money> e : s.given().entrySet()) {
            L line = e.getKey();
            if (!line.isTotal()) {
                continue;
            }
            Money computed = s.computed(line);
            if (differs(e.getValue(), computed, unit, line.components().size())) {
                String detail = line.components().stream().map(StatementLine::code).collect(Collectors.joining(" + "));
                out.add(new Finding(Finding.Rule.TOTAL, s.year(), s.kind().code(), line.code(), e.getValue(),
                        computed, detail));
            }
        }
    }

    /** Tillgångar = eget kapital + avsättningar + skulder. */
    static void balance(Statement<BalanceSheetLine> s, Money unit, List<Finding> out) {
        if (!s.has(BalanceSheetLine.TOTAL_ASSETS) && !s.has(BalanceSheetLine.FIXED_ASSETS)) {
            return;
        }
        Money assets = s.value(BalanceSheetLine.TOTAL_ASSETS);
        Money claims = s.value(BalanceSheetLine.TOTAL_EQUITY_AND_LIABILITIES);
        if (differs(assets, claims, unit, 1)) {
            out.add(new Finding(Finding.Rule.BALANCE, s.year(), s.kind().code(), BalanceSheetLine.TOTAL_ASSETS.code(),
                    assets, claims, BalanceSheetLine.TOTAL_EQUITY_AND_LIABILITIES.code()));
        }
    }

    /** The frames sum to verksamhetens nettokostnader (sign reversed: a frame is a net cost). */
    static void frameSum(RegionalPlan plan, int year, List<Finding> out) {
        Optional<Statement<IncomeStatementLine>> is = plan.incomeStatement(year);
        if (is.isEmpty() || plan.frames(year).isEmpty()) {
            return;
        }
        Money frames = plan.frameTotal(year);
        Money netCost = is.get().value(IncomeStatementLine.NET_OPERATING_COST).negated();
        if (differs(frames, netCost, plan.publishedRounding(), plan.frames(year).size())) {
            out.add(new Finding(Finding.Rule.FRAME_SUM, year, "frames", "total", frames, netCost,
                    "−income_statement net_operating_cost"));
        }
    }

    /** Each committee's frame is last year's frame plus this year's changes. */
    static void frameBridge(RegionalPlan plan, int year, List<Finding> out) {
        if (plan.frames(year - 1).isEmpty() || plan.frames(year).isEmpty()) {
            return;
        }
        Optional<FrameBridge> bridge = plan.frameBridge(year);
        if (bridge.isEmpty()) {
            return;
        }
        for (FrameBridge.Row r : bridge.get().rows()) {
            Money adopted = r.adoptedClosing().orElse(Money.ZERO);
            if (differs(adopted, r.computedClosing(), plan.publishedRounding(), r.changes().size() + 1)) {
                out.add(new Finding(Finding.Rule.FRAME_BRIDGE, year, "frames", r.committee(), adopted,
                        r.computedClosing(), "frame " + (year - 1) + " + changes " + year));
            }
        }
    }

    /** Omfördelningar move money between committees: per year they net to zero. */
    static void reallocations(RegionalPlan plan, int year, List<Finding> out) {
        List<FrameChange> moves = plan.frameChanges().stream()
                .filter(c -> c.year() == year && c.kind() == FrameChangeKind.REALLOCATION).toList();
        if (moves.isEmpty()) {
            return;
        }
        Money net = Money.sum(moves, FrameChange::amount);
        if (differs(net, Money.ZERO, plan.publishedRounding(), moves.size())) {
            out.add(new Finding(Finding.Rule.REALLOCATION, year, "frame_changes", FrameChangeKind.REALLOCATION.code(),
                    net, Money.ZERO, "sum of reallocations"));
        }
    }

    /** Ingående eget kapital is last year's utgående eget kapital. */
    static void equityRollForward(RegionalPlan plan, int year, List<Finding> out) {
        Optional<Statement<BalanceSheetLine>> now = plan.balanceSheet(year);
        Optional<Statement<BalanceSheetLine>> prev = plan.balanceSheet(year - 1);
        if (now.isEmpty() || prev.isEmpty() || !now.get().has(BalanceSheetLine.OPENING_EQUITY)) {
            return;
        }
        Money opening = now.get().value(BalanceSheetLine.OPENING_EQUITY);
        Money closing = prev.get().value(BalanceSheetLine.EQUITY);
        if (differs(opening, closing, plan.publishedRounding(), 1)) {
            out.add(new Finding(Finding.Rule.EQUITY_ROLL_FORWARD, year, "balance_sheet",
                    BalanceSheetLine.OPENING_EQUITY.code(), opening, closing, "balance_sheet " + (year - 1) + " equity"));
        }
    }

    /** Likvida medel vid årets början are last year's closing cash. */
    static void cashRollForward(RegionalPlan plan, int year, List<Finding> out) {
        Optional<Statement<CashFlowLine>> now = plan.cashFlow(year);
        Optional<Statement<CashFlowLine>> prev = plan.cashFlow(year - 1);
        if (now.isEmpty() || prev.isEmpty() || !now.get().has(CashFlowLine.OPENING_CASH)) {
            return;
        }
        Money opening = now.get().value(CashFlowLine.OPENING_CASH);
        Money closing = prev.get().value(CashFlowLine.CLOSING_CASH);
        if (differs(opening, closing, plan.publishedRounding(), 1)) {
            out.add(new Finding(Finding.Rule.CASH_ROLL_FORWARD, year, "cash_flow", CashFlowLine.OPENING_CASH.code(),
                    opening, closing, "cash_flow " + (year - 1) + " closing_cash"));
        }
    }

    /** The balance sheet and the cash flow carry the result statement's årets resultat. */
    static void resultLinks(RegionalPlan plan, int year, List<Finding> out) {
        Optional<Statement<IncomeStatementLine>> is = plan.incomeStatement(year);
        if (is.isEmpty()) {
            return;
        }
        Money result = is.get().value(IncomeStatementLine.RESULT_FOR_YEAR);
        plan.balanceSheet(year).filter(s -> s.has(BalanceSheetLine.RESULT_FOR_YEAR)).ifPresent(s -> {
            Money given = s.value(BalanceSheetLine.RESULT_FOR_YEAR);
            if (differs(given, result, plan.publishedRounding(), 1)) {
                out.add(new Finding(Finding.Rule.RESULT_LINK, year, "balance_sheet",
                        BalanceSheetLine.RESULT_FOR_YEAR.code(), given, result, "income_statement result_for_year"));
            }
        });
        plan.cashFlow(year).filter(s -> s.has(CashFlowLine.RESULT_FOR_YEAR)).ifPresent(s -> {
            Money given = s.value(CashFlowLine.RESULT_FOR_YEAR);
            if (differs(given, result, plan.publishedRounding(), 1)) {
                out.add(new Finding(Finding.Rule.RESULT_LINK, year, "cash_flow", CashFlowLine.RESULT_FOR_YEAR.code(),
                        given, result, "income_statement result_for_year"));
            }
        });
    }

    /** The result statement's avskrivningar are the investment plan's. */
    static void depreciationLink(RegionalPlan plan, int year, List<Finding> out) {
        Optional<Statement<IncomeStatementLine>> is = plan.incomeStatement(year);
        Optional<InvestmentPlanYear> inv = plan.investments(year);
        if (is.isEmpty() || inv.isEmpty() || !is.get().has(IncomeStatementLine.DEPRECIATION)) {
            return;
        }
        Money given = is.get().value(IncomeStatementLine.DEPRECIATION);
        Money expected = inv.get().depreciation().negated();
        if (differs(given, expected, plan.publishedRounding(), 1)) {
            out.add(new Finding(Finding.Rule.DEPRECIATION_LINK, year, "income_statement",
                    IncomeStatementLine.DEPRECIATION.code(), given, expected, "−investment_plan depreciation"));
        }
    }
}
