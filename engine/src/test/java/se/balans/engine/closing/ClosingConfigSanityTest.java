package se.balans.engine.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/** Budgets and profiles that would make a closing silently wrong are refused where they are made. */
class ClosingConfigSanityTest {

    private static List<BigDecimal> weights(String... w) {
        return java.util.Arrays.stream(w).map(BigDecimal::new).toList();
    }

    @Test
    void aCostBudgetedPositiveIsRefusedAndARevenueBudgetedNegativeToo() {
        assertThatThrownBy(() -> new AnnualBudget(2026, Map.of(new Key("HSN", IncomeStatementLine.OPERATING_COSTS),
                Money.ofMnkr("7967")))).isInstanceOf(IllegalArgumentException.class).hasMessage("operating_costs is a "
                + "cost, signed negative as in the result statement (write -7967); got 7967 mnkr");
        assertThatThrownBy(() -> new AnnualBudget(2026, Map.of(new Key("RS", IncomeStatementLine.TAX_REVENUE),
                Money.ofMnkr("-9123")))).hasMessage("tax_revenue is a revenue, signed positive as in the result "
                + "statement; got -9123 mnkr");
        for (IncomeStatementLine cost : List.of(IncomeStatementLine.DEPRECIATION, IncomeStatementLine.FINANCIAL_COSTS)) {
            assertThatThrownBy(() -> AnnualBudget.requireSign(cost, Money.ofMnkr("1"))).hasMessageContaining("cost");
        }
        for (IncomeStatementLine revenue : List.of(IncomeStatementLine.OPERATING_REVENUE,
                IncomeStatementLine.FINANCIAL_INCOME)) {
            assertThatThrownBy(() -> AnnualBudget.requireSign(revenue, Money.ofMnkr("-1"))).hasMessageContaining("revenue");
        }
    }

    @Test
    void grantsAndExtraordinaryItemsMayTakeEitherSignAndZeroIsAlwaysAllowed() {
        // A region paying more into the equalisation than it receives budgets its grants negative.
        AnnualBudget b = new AnnualBudget(2026, Map.of(
                new Key("RS", IncomeStatementLine.GENERAL_GRANTS), Money.ofMnkr("-120"),
                new Key("RS", IncomeStatementLine.EXTRAORDINARY_ITEMS), Money.ofMnkr("5"),
                new Key("PN", IncomeStatementLine.OPERATING_COSTS), Money.ZERO));
        assertThat(b.amounts()).hasSize(3);
    }

    @Test
    void aNegativeConfiguredWeightIsRefusedNamingTheMonth() {
        assertThatThrownBy(() -> MonthlyProfile.configured(weights("1", "1", "-1", "1", "1", "1", "1", "1", "1", "1",
                "1", "1"))).hasMessage("the weight of March is -1: a month's share of the year cannot be negative");
    }

    @Test
    void configuredWeightsAreScaledAsBefore() {
        MonthlyProfile p = MonthlyProfile.configured(new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE)));
        assertThat(p).isEqualTo(MonthlyProfile.normalised(Collections.nCopies(12, BigDecimal.ONE),
                MonthlyProfile.Source.CONFIGURED, List.of()));
    }

    @Test
    void aSeasonalForecastOnAProfileWithoutJanuaryIsRefusedRatherThanSilentlyBudgetBased() {
        MonthlyProfile noJanuary = MonthlyProfile.configured(weights("0", "1", "1", "1", "1", "1", "1", "1", "1", "1",
                "1", "1"));

        assertThatThrownBy(() -> ProfileRule.configured(noJanuary, ForecastMethod.SEASONAL)).hasMessage("January's "
                + "weight is 0, and a seasonal forecast divides the year to date by the share of the year so far: give "
                + "January a weight above 0, or forecast budget");
        assertThat(ProfileRule.configured(noJanuary, ForecastMethod.BUDGET).forecast()).isEqualTo(ForecastMethod.BUDGET);
    }
}
