package se.balans.engine.ratio;

import java.math.BigDecimal;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.Statement;

/**
 * The key ratios of the plan and the annual report (nyckeltal). All are fractions (0.16 = 16 %).
 * Each returns empty when a figure it needs is missing or its base is zero, rather than guessing.
 */
public final class FinancialRatios {
    private FinancialRatios() {
    }

    /** Skatteintäkter + generella statsbidrag och utjämning: the base of several goals and of the RUR rule. */
    public static Money taxesAndGrants(Statement<IncomeStatementLine> is) {
        return is.value(IncomeStatementLine.TAX_REVENUE).plus(is.value(IncomeStatementLine.GENERAL_GRANTS));
    }

    /** Finansnetto: financial income plus (negative) financial costs. */
    public static Money netFinancialItems(Statement<IncomeStatementLine> is) {
        return is.value(IncomeStatementLine.FINANCIAL_INCOME).plus(is.value(IncomeStatementLine.FINANCIAL_COSTS));
    }

    /** Soliditet = eget kapital / summa tillgångar. */
    public static Optional<BigDecimal> equityRatio(Statement<BalanceSheetLine> bs) {
        return ratio(bs.value(BalanceSheetLine.EQUITY), bs.value(BalanceSheetLine.TOTAL_ASSETS));
    }

    /**
     * Soliditet inklusive ansvarsförbindelse = (eget kapital − ansvarsförbindelse för pensioner
     * intjänade före 1998, inkl. särskild löneskatt) / summa tillgångar.
     */
    public static Optional<BigDecimal> equityRatioInclPensionCommitments(Statement<BalanceSheetLine> bs) {
        if (!bs.has(BalanceSheetLine.CONTINGENT_PENSION_LIABILITY)) {
            return Optional.empty();
        }
        return ratio(equityInclPensionCommitments(bs), bs.value(BalanceSheetLine.TOTAL_ASSETS));
    }

    /** Eget kapital minus ansvarsförbindelsen: the equity that decides the 1 % / 2 % RUR rule. */
    public static Money equityInclPensionCommitments(Statement<BalanceSheetLine> bs) {
        return bs.value(BalanceSheetLine.EQUITY).minus(bs.value(BalanceSheetLine.CONTINGENT_PENSION_LIABILITY));
    }

    /** Verksamhetens resultat / (skatteintäkter + generella statsbidrag). */
    public static Optional<BigDecimal> operatingResultShare(Statement<IncomeStatementLine> is) {
        return ratio(is.value(IncomeStatementLine.OPERATING_RESULT), taxesAndGrants(is));
    }

    /** Räntebärande låneskuld (exkl. pensioner) / (skatteintäkter + generella statsbidrag). */
    public static Optional<BigDecimal> debtShare(Statement<BalanceSheetLine> bs, Statement<IncomeStatementLine> is) {
        if (!bs.has(BalanceSheetLine.INTEREST_BEARING_DEBT)) {
            return Optional.empty();
        }
        return ratio(bs.value(BalanceSheetLine.INTEREST_BEARING_DEBT), taxesAndGrants(is));
    }

    /** A part of a base, as a fraction; none when the base is zero. */
    public static Optional<BigDecimal> ratio(Money numerator, Money base) {
        return base.isZero() ? Optional.empty() : Optional.of(numerator.ratioTo(base));
    }
}
