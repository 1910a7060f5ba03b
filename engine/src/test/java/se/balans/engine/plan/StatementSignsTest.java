package se.balans.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;

/** The plan's statements are signed as printed: costs negative, assets and liabilities positive. */
class StatementSignsTest {

    @Test
    void costsAreNegativeAsPrintedInTheResultStatement() {
        assertThat(StatementSigns.check(IncomeStatementLine.OPERATING_COSTS, Money.ofMnkr("-12762.4")))
                .isEqualTo(Money.ofMnkr("-12762.4"));
        for (IncomeStatementLine cost : new IncomeStatementLine[] {IncomeStatementLine.OPERATING_COSTS,
                IncomeStatementLine.DEPRECIATION, IncomeStatementLine.FINANCIAL_COSTS}) {
            assertThat(StatementSigns.requiredSign(cost)).as(cost.code()).isEqualTo(-1);
        }
        assertThatThrownBy(() -> StatementSigns.check(IncomeStatementLine.DEPRECIATION, Money.ofMnkr("616")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("depreciation is a cost, entered negative as printed: expected ≤ 0, got 616 (did you mean "
                        + "-616?)");
    }

    @Test
    void revenuesAssetsProvisionsAndLiabilitiesAreNeverNegative() {
        assertThatThrownBy(() -> StatementSigns.check(IncomeStatementLine.TAX_REVENUE, Money.ofMnkr("-8508.2")))
                .hasMessage("tax_revenue is revenue and is never negative as printed: expected ≥ 0, got -8508.2");
        assertThatThrownBy(() -> StatementSigns.check(BalanceSheetLine.PENSION_PROVISIONS, Money.ofMnkr("-1")))
                .hasMessageStartingWith("pension_provisions is a provision");
        assertThatThrownBy(() -> StatementSigns.check(CashFlowLine.INVESTMENTS, Money.ofMnkr("893")))
                .hasMessageStartingWith("investments is an outflow, entered negative as printed");
    }

    @Test
    void linesOfEitherSignAndZeroAreLetThrough() {
        assertThat(StatementSigns.requiredSign(IncomeStatementLine.GENERAL_GRANTS)).isZero();
        assertThat(StatementSigns.requiredSign(IncomeStatementLine.RESULT_FOR_YEAR)).isZero();
        assertThat(StatementSigns.requiredSign(BalanceSheetLine.EQUITY)).isZero();
        assertThat(StatementSigns.requiredSign(CashFlowLine.CHANGE_LONG_TERM_LIABILITIES)).isZero();
        assertThat(StatementSigns.check(IncomeStatementLine.GENERAL_GRANTS, Money.ofMnkr("-50"))).isNotNull();
        assertThat(StatementSigns.check(IncomeStatementLine.OPERATING_REVENUE, Money.ZERO)).isEqualTo(Money.ZERO);
    }
}
