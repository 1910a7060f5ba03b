package se.balans.engine.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.ratio.FinancialRatios;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;
import se.balans.engine.trace.Figure;

/** Evaluates the plan's financial goals against the plan's own figures for the goal's year. */
public final class GoalEvaluator {
    private GoalEvaluator() {
    }

    public static List<GoalEvaluation> evaluate(RegionalPlan plan, int year) {
        return plan.goals(year).stream().map(g -> evaluate(g, plan)).toList();
    }

    public static GoalEvaluation evaluate(FinancialGoal goal, RegionalPlan plan) {
        int y = goal.year();
        Optional<Statement<IncomeStatementLine>> is = plan.incomeStatement(y);
        Optional<Statement<BalanceSheetLine>> bs = plan.balanceSheet(y);
        List<Figure> inputs = new ArrayList<>();
        return switch (goal.metric()) {
            case OPERATING_RESULT_SHARE -> {
                if (is.isEmpty()) {
                    yield notEvaluable(goal, "income_statement " + y);
                }
                inputs.add(fig(is.get(), IncomeStatementLine.OPERATING_RESULT));
                inputs.add(fig(is.get(), IncomeStatementLine.TAX_REVENUE));
                inputs.add(fig(is.get(), IncomeStatementLine.GENERAL_GRANTS));
                yield verdict(goal, FinancialRatios.operatingResultShare(is.get()), inputs, "taxes and grants");
            }
            case EQUITY_RATIO -> {
                if (bs.isEmpty()) {
                    yield notEvaluable(goal, "balance_sheet " + y);
                }
                inputs.add(fig(bs.get(), BalanceSheetLine.EQUITY));
                inputs.add(fig(bs.get(), BalanceSheetLine.TOTAL_ASSETS));
                yield verdict(goal, FinancialRatios.equityRatio(bs.get()), inputs, "total assets");
            }
            case EQUITY_RATIO_INCL_PENSION_COMMITMENTS -> {
                if (bs.isEmpty()) {
                    yield notEvaluable(goal, "balance_sheet " + y);
                }
                inputs.add(fig(bs.get(), BalanceSheetLine.EQUITY));
                inputs.add(fig(bs.get(), BalanceSheetLine.CONTINGENT_PENSION_LIABILITY));
                inputs.add(fig(bs.get(), BalanceSheetLine.TOTAL_ASSETS));
                yield verdict(goal, FinancialRatios.equityRatioInclPensionCommitments(bs.get()), inputs,
                        "balance_sheet " + y + " contingent_pension_liability");
            }
            case DEBT_SHARE -> {
                if (bs.isEmpty() || is.isEmpty()) {
                    yield notEvaluable(goal, (bs.isEmpty() ? "balance_sheet " : "income_statement ") + y);
                }
                inputs.add(fig(bs.get(), BalanceSheetLine.INTEREST_BEARING_DEBT));
                inputs.add(fig(is.get(), IncomeStatementLine.TAX_REVENUE));
                inputs.add(fig(is.get(), IncomeStatementLine.GENERAL_GRANTS));
                yield verdict(goal, FinancialRatios.debtShare(bs.get(), is.get()), inputs,
                        "balance_sheet " + y + " interest_bearing_debt");
            }
            case DEBT_CHANGE -> {
                Optional<Statement<BalanceSheetLine>> prev = plan.balanceSheet(y - 1);
                if (bs.isEmpty() || prev.isEmpty()
                        || !bs.get().has(BalanceSheetLine.INTEREST_BEARING_DEBT)
                        || !prev.get().has(BalanceSheetLine.INTEREST_BEARING_DEBT)) {
                    yield notEvaluable(goal, "balance_sheet interest_bearing_debt for " + (y - 1) + " and " + y);
                }
                inputs.add(fig(prev.get(), BalanceSheetLine.INTEREST_BEARING_DEBT));
                inputs.add(fig(bs.get(), BalanceSheetLine.INTEREST_BEARING_DEBT));
                Money change = bs.get().value(BalanceSheetLine.INTEREST_BEARING_DEBT)
                        .minus(prev.get().value(BalanceSheetLine.INTEREST_BEARING_DEBT));
                yield verdict(goal, Optional.of(change.sek()), inputs, "");
            }
        };
    }

    private static GoalEvaluation verdict(FinancialGoal goal, Optional<BigDecimal> value, List<Figure> inputs,
                                          String missingIfEmpty) {
        if (value.isEmpty()) {
            return new GoalEvaluation(goal, value, GoalStatus.NOT_EVALUABLE, inputs, Optional.of(missingIfEmpty));
        }
        GoalStatus s = goal.isMetBy(value.get()) ? GoalStatus.MET : GoalStatus.NOT_MET;
        return new GoalEvaluation(goal, value, s, inputs, Optional.empty());
    }

    private static GoalEvaluation notEvaluable(FinancialGoal goal, String missing) {
        return new GoalEvaluation(goal, Optional.empty(), GoalStatus.NOT_EVALUABLE, List.of(), Optional.of(missing));
    }

    private static <L extends Enum<L> & se.balans.engine.statement.StatementLine> Figure fig(Statement<L> s, L line) {
        return new Figure(kindCode(s.kind()), s.year(), line.code(), s.value(line));
    }

    private static String kindCode(StatementKind k) {
        return k.code();
    }
}
