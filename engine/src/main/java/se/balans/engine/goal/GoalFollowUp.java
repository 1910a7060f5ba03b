package se.balans.engine.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.balancesheet.BalanceSheetFollowUp;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.ratio.FinancialRatios;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * A financial goal followed up in a month's closing (måluppföljning): its value on the outcome to
 * date and on the full-year forecast, and the outlook.
 *
 * <p>The outlook, one rule: the forecast decides whether the goal is met at the year's end; a goal the
 * forecast meets but the outcome to date does not is <em>at risk</em> — the year so far has not
 * delivered what the forecast counts on. Only the closing's year's goals are followed up: a goal
 * of another year is not the board's question for this year.
 *
 * @param toDate   the value on the outcome to date, when the closing has what it needs
 * @param forecast the value on the full-year forecast, likewise
 * @param missing  what the goal needs that the closing does not carry, when it cannot be followed up
 */
public record GoalFollowUp(FinancialGoal goal, Optional<BigDecimal> toDate, Optional<BigDecimal> forecast,
                           Outlook outlook, Optional<Need> missing) {

    /** What a goal the closing cannot judge needs. */
    public enum Need {
        /** The balance sheet at the month end (a balance-sheet mapping and opening balances). */
        BALANCE_SHEET("the balance sheet at the month end"),
        /** The ansvarsförbindelse from the pension administrator's statement. */
        PENSION_LIABILITY("the pension administrator's ansvarsförbindelse"),
        /** The loan register as of the month end ({@code loans-YYYY-MM-DD.csv}). */
        LOAN_REGISTER("the loan register as of the month end"),
        /** The loan register as of the end of the year before, for the change since. */
        LOAN_REGISTER_YEAR_START("the loan register as of the end of the year before"),
        /** Taxes and general grants in the forecast. */
        TAXES_AND_GRANTS("taxes and general grants in the forecast");

        private final String description;

        Need(String description) {
            this.description = description;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String description() {
            return description;
        }
    }

    /** Bedömning. */
    public enum Outlook {
        /** Uppfylls: the forecast and the outcome to date both meet it. */
        MET,
        /** I riskzonen: the forecast meets it, the outcome to date does not. */
        AT_RISK,
        /** Uppfylls inte: the forecast does not meet it. */
        NOT_MET,
        /** Kan inte bedömas i månadsbokslutet. */
        NOT_EVALUABLE
    }

    public GoalFollowUp {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(toDate, "toDate");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(outlook, "outlook");
        Objects.requireNonNull(missing, "missing");
    }

    /**
     * The goals of the closing's year, followed up in it.
     *
     * @param goals the plan's goals; those of other years are left out
     */
    public static List<GoalFollowUp> of(List<FinancialGoal> goals, MonthlyClosing closing) {
        return of(goals, closing, Optional.empty(), Optional.empty());
    }

    /**
     * The goals of the closing's year, the debt goals judged on the loan registers: the debt at the
     * month end against the forecast taxes and general grants (no borrowing is forecast: the value is
     * the month end's, for the year), and its change since the end of the year before.
     *
     * @param debtAtMonthEnd  interest-bearing debt at the month end, from that date's loan register
     * @param debtAtYearStart the same at the end of the year before
     */
    public static List<GoalFollowUp> of(List<FinancialGoal> goals, MonthlyClosing closing,
                                        Optional<Money> debtAtMonthEnd, Optional<Money> debtAtYearStart) {
        return of(goals, closing, debtAtMonthEnd, debtAtYearStart, Optional.empty());
    }

    /**
     * The goals of the closing's year, the soliditet goals judged on the closing's balance sheet: at the
     * month end to date, at the forecast year end for the year.
     *
     * @param sheet the closing's balance sheet followed up, when it has one
     */
    public static List<GoalFollowUp> of(List<FinancialGoal> goals, MonthlyClosing closing,
                                        Optional<Money> debtAtMonthEnd, Optional<Money> debtAtYearStart,
                                        Optional<BalanceSheetFollowUp> sheet) {
        int year = closing.month().getYear();
        List<GoalFollowUp> out = new ArrayList<>();
        for (FinancialGoal g : goals) {
            if (g.year() == year) {
                out.add(of(g, closing, debtAtMonthEnd, debtAtYearStart, sheet));
            }
        }
        return out;
    }

    static GoalFollowUp of(FinancialGoal goal, MonthlyClosing closing, Optional<Money> debt, Optional<Money> debtBefore,
                           Optional<BalanceSheetFollowUp> sheet) {
        return switch (goal.metric()) {
            case OPERATING_RESULT_SHARE -> {
                Measures result = closing.line(IncomeStatementLine.OPERATING_RESULT);
                Measures taxes = closing.line(IncomeStatementLine.TAX_REVENUE);
                Measures grants = closing.line(IncomeStatementLine.GENERAL_GRANTS);
                yield followUp(goal, FinancialRatios.ratio(result.ytd(), taxes.ytd().plus(grants.ytd())),
                        FinancialRatios.ratio(result.forecastYear(), taxes.forecastYear().plus(grants.forecastYear())));
            }
            case EQUITY_RATIO -> sheet.isEmpty() ? notEvaluable(goal, Need.BALANCE_SHEET)
                    : followUp(goal, sheet.get().equityRatio(), sheet.get().forecastEquityRatio(), Need.BALANCE_SHEET);
            case EQUITY_RATIO_INCL_PENSION_COMMITMENTS -> {
                if (sheet.isEmpty()) {
                    yield notEvaluable(goal, Need.BALANCE_SHEET);
                }
                Optional<BigDecimal> forecast = sheet.get().forecastEquityRatioInclPensionCommitments();
                yield followUp(goal, sheet.get().equityRatioInclPensionCommitments(), forecast, Need.PENSION_LIABILITY);
            }
            case DEBT_SHARE -> {
                if (debt.isEmpty()) {
                    yield notEvaluable(goal, Need.LOAN_REGISTER);
                }
                Optional<BigDecimal> share = FinancialRatios.ratio(debt.get(),
                        closing.line(IncomeStatementLine.TAX_REVENUE).forecastYear()
                                .plus(closing.line(IncomeStatementLine.GENERAL_GRANTS).forecastYear()));
                yield followUp(goal, share, share);
            }
            case DEBT_CHANGE -> {
                if (debt.isEmpty() || debtBefore.isEmpty()) {
                    yield notEvaluable(goal, debt.isEmpty() ? Need.LOAN_REGISTER : Need.LOAN_REGISTER_YEAR_START);
                }
                Optional<BigDecimal> change = Optional.of(debt.get().minus(debtBefore.get()).sek());
                yield followUp(goal, change, change);
            }
        };
    }

    private static GoalFollowUp followUp(FinancialGoal goal, Optional<BigDecimal> toDate, Optional<BigDecimal> forecast) {
        return followUp(goal, toDate, forecast, Need.TAXES_AND_GRANTS);
    }

    /** @param need what the forecast value needs, named when there is none */
    private static GoalFollowUp followUp(FinancialGoal goal, Optional<BigDecimal> toDate, Optional<BigDecimal> forecast,
                                         Need need) {
        if (forecast.isEmpty()) {
            return new GoalFollowUp(goal, toDate, forecast, Outlook.NOT_EVALUABLE, Optional.of(need));
        }
        Outlook outlook = !goal.isMetBy(forecast.get()) ? Outlook.NOT_MET
                : toDate.isPresent() && !goal.isMetBy(toDate.get()) ? Outlook.AT_RISK : Outlook.MET;
        return new GoalFollowUp(goal, toDate, forecast, outlook, Optional.empty());
    }

    private static GoalFollowUp notEvaluable(FinancialGoal goal, Need need) {
        return new GoalFollowUp(goal, Optional.empty(), Optional.empty(), Outlook.NOT_EVALUABLE, Optional.of(need));
    }
}
