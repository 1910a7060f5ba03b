package se.balans.engine.balancesheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.liquidity.CashVsPlan;
import se.balans.engine.money.Money;
import se.balans.engine.ratio.FinancialRatios;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;

/**
 * A closing's balance sheet followed up (balansräkning i sammandrag): the month-end sheet from the
 * ledger beside the year's balance budget, soliditet both ways at the month end and for the forecast
 * year end, likvida medel compared like with like, and the interest-bearing debt reconciled with the
 * loan register.
 *
 * <p>The rules, each once:
 * <ul>
 * <li><b>Soliditet</b> = eget kapital / summa tillgångar; <b>including the pension commitments</b> =
 * (eget kapital − ansvarsförbindelse) / summa tillgångar, with the latest pension-liability figure at
 * or before the date (none known: not given, never taken as zero).</li>
 * <li><b>The forecast year end</b> starts from the month end: equity is this year's opening equity
 * plus the forecast result; fixed assets, provisions, liabilities and the interest-bearing debt are
 * the month end's plus what the balance budget still changes them by (its change over the year,
 * this year's budget less last year's, for the months left, evenly); current assets balance the sheet.
 * So a loan already taken stays taken, and a better or worse result is cash. The ansvarsförbindelse is
 * the administrator's forecast for the year end, else the latest figure.</li>
 * <li><b>Likvida medel</b> at a month end are compared with the budget periodised linearly from the
 * year's opening to its closing cash (kassaflödesbudget), and with the same month end last year —
 * never with the year-end budget.</li>
 * <li><b>The debt reconciliation</b>: the ledger's interest-bearing debt less the loan register's
 * outstanding total at the month end; a difference is reported, not hidden.</li>
 * </ul>
 *
 * @param position        the month-end sheet from the ledger
 * @param outcome         the sheet with the ansvarsförbindelse at the month end, when known
 * @param budget          the year's balance budget (year end), if the plan has one
 * @param forecast        the forecast year end (always given; kept optional for readers of older data)
 * @param cashBudget      likvida medel by the periodised cash-flow budget at the month end
 * @param cashLastYear    likvida medel at the same month end last year, when the ledger gives it
 * @param registerDebt    the loan register's outstanding total at the month end, when there is a register
 */
public record BalanceSheetFollowUp(BalanceSheetPosition position, Statement<BalanceSheetLine> outcome,
                                   Optional<Statement<BalanceSheetLine>> budget,
                                   Optional<Statement<BalanceSheetLine>> forecast, Optional<Money> cashBudget,
                                   Optional<Money> cashLastYear, Optional<Money> registerDebt) {

    public BalanceSheetFollowUp {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(cashBudget, "cashBudget");
        Objects.requireNonNull(cashLastYear, "cashLastYear");
        Objects.requireNonNull(registerDebt, "registerDebt");
    }

    /** The year's cash-flow budget: likvida medel at its start and its end. */
    public record CashBudget(Money opening, Money closing) {
        public CashBudget {
            Objects.requireNonNull(opening, "opening");
            Objects.requireNonNull(closing, "closing");
        }

        /** Linear between opening and closing: the month's share of the year's change ({@link CashVsPlan#periodised}). */
        public Money at(YearMonth month) {
            return CashVsPlan.periodised(opening, closing, month);
        }
    }

    /**
     * Without the balance budgets of the year and the year before, the lines are forecast to stay as at
     * the month end.
     */
    public static BalanceSheetFollowUp of(BalanceSheetPosition position, Optional<Statement<BalanceSheetLine>> budget,
                                          Money resultForecast, List<PensionCommitment> commitments,
                                          Optional<CashBudget> cashBudget, Optional<Money> cashLastYear,
                                          Optional<Money> registerDebt) {
        return of(position, budget, Optional.empty(), resultForecast, commitments, cashBudget, cashLastYear,
                registerDebt);
    }

    /**
     * @param budgetYearBefore the balance budget of the year before, whose difference to this year's is the
     *                         budgeted change of each line over the year
     * @param resultForecast   the closing's full-year forecast of årets resultat
     * @param commitments      the pension-liability statements, any dates
     */
    public static BalanceSheetFollowUp of(BalanceSheetPosition position, Optional<Statement<BalanceSheetLine>> budget,
                                          Optional<Statement<BalanceSheetLine>> budgetYearBefore,
                                          Money resultForecast, List<PensionCommitment> commitments,
                                          Optional<CashBudget> cashBudget, Optional<Money> cashLastYear,
                                          Optional<Money> registerDebt) {
        YearMonth month = position.month();
        Statement<BalanceSheetLine> outcome = withCommitment(position.sheet(),
                latest(commitments, month.atEndOfMonth(), false));
        Optional<Statement<BalanceSheetLine>> forecast = Optional.of(month).map(mo -> {
            int remaining = 12 - month.getMonthValue();
            Map<BalanceSheetLine, Money> lines = new EnumMap<>(BalanceSheetLine.class);
            for (BalanceSheetLine l : List.of(BalanceSheetLine.FIXED_ASSETS, BalanceSheetLine.PENSION_PROVISIONS,
                    BalanceSheetLine.OTHER_PROVISIONS, BalanceSheetLine.LONG_TERM_LIABILITIES,
                    BalanceSheetLine.CURRENT_LIABILITIES, BalanceSheetLine.INTEREST_BEARING_DEBT)) {
                lines.put(l, position.value(l).plus(remainingChange(budget, budgetYearBefore, l, remaining)));
            }
            lines.put(BalanceSheetLine.OPENING_EQUITY, position.value(BalanceSheetLine.OPENING_EQUITY));
            lines.put(BalanceSheetLine.RESULT_FOR_YEAR, resultForecast);
            Money equityAndLiabilities = Money.ZERO;
            for (BalanceSheetLine l : List.of(BalanceSheetLine.OPENING_EQUITY, BalanceSheetLine.RESULT_FOR_YEAR,
                    BalanceSheetLine.PENSION_PROVISIONS, BalanceSheetLine.OTHER_PROVISIONS,
                    BalanceSheetLine.LONG_TERM_LIABILITIES, BalanceSheetLine.CURRENT_LIABILITIES)) {
                equityAndLiabilities = equityAndLiabilities.plus(lines.get(l));
            }
            // Current assets balance the sheet: a better or worse result, and what is borrowed, is cash.
            lines.put(BalanceSheetLine.CURRENT_ASSETS, equityAndLiabilities.minus(lines.get(BalanceSheetLine.FIXED_ASSETS)));
            LocalDate yearEnd = LocalDate.of(month.getYear(), 12, 31);
            Optional<PensionCommitment> c = latest(commitments, yearEnd, true);
            return withCommitment(Statement.of(StatementKind.BALANCE_SHEET, month.getYear(), lines), c);
        });
        return new BalanceSheetFollowUp(position, outcome, budget, forecast,
                cashBudget.map(cb -> cb.at(month)), cashLastYear, registerDebt);
    }

    /**
     * What the budget still changes a line by after the month: its change over the year (this year's
     * budget less last year's) for the months left, evenly; nothing without both budgets.
     */
    static Money remainingChange(Optional<Statement<BalanceSheetLine>> budget,
                                 Optional<Statement<BalanceSheetLine>> before, BalanceSheetLine line, int monthsLeft) {
        if (budget.isEmpty() || before.isEmpty()
                || line.isMemo() && (!budget.get().has(line) || !before.get().has(line))) {
            return Money.ZERO;
        }
        return budget.get().value(line).minus(before.get().value(line)).times(BigDecimal.valueOf(monthsLeft))
                .dividedBy(BigDecimal.valueOf(12));
    }

    /**
     * The figure of the latest statement at or before the date; with {@code forecasts}, a forecast for
     * exactly the date is preferred to an outcome before it.
     */
    static Optional<PensionCommitment> latest(List<PensionCommitment> commitments, LocalDate date, boolean forecasts) {
        if (forecasts) {
            Optional<PensionCommitment> f = commitments.stream().filter(c -> c.date().equals(date)).max(
                    Comparator.comparing(PensionCommitment::forecast, Comparator.reverseOrder()));
            if (f.isPresent()) {
                return f;
            }
        }
        return commitments.stream().filter(c -> !c.forecast() && !c.date().isAfter(date))
                .max(Comparator.comparing(PensionCommitment::date));
    }

    private static Statement<BalanceSheetLine> withCommitment(Statement<BalanceSheetLine> sheet,
                                                              Optional<PensionCommitment> c) {
        if (c.isEmpty()) {
            return sheet;
        }
        Map<BalanceSheetLine, Money> lines = new EnumMap<>(BalanceSheetLine.class);
        lines.putAll(sheet.given());
        lines.put(BalanceSheetLine.CONTINGENT_PENSION_LIABILITY, c.get().liability());
        return Statement.of(sheet.kind(), sheet.year(), lines);
    }

    /** Soliditet at the month end. */
    public Optional<BigDecimal> equityRatio() {
        return FinancialRatios.equityRatio(outcome);
    }

    /** Soliditet including the pension commitments at the month end, when the ansvarsförbindelse is known. */
    public Optional<BigDecimal> equityRatioInclPensionCommitments() {
        return FinancialRatios.equityRatioInclPensionCommitments(outcome);
    }

    /** Soliditet at the forecast year end. */
    public Optional<BigDecimal> forecastEquityRatio() {
        return forecast.flatMap(FinancialRatios::equityRatio);
    }

    /** Soliditet including the pension commitments at the forecast year end. */
    public Optional<BigDecimal> forecastEquityRatioInclPensionCommitments() {
        return forecast.flatMap(FinancialRatios::equityRatioInclPensionCommitments);
    }

    /** Ledger debt less the loan register's, when there is a register: zero when they agree. */
    public Optional<Money> debtDifference() {
        return registerDebt.map(r -> position.interestBearingDebt().minus(r));
    }
}
