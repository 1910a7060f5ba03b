package se.balans.engine.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;

/** Month-end cash against the year's cash-flow budget. */
class CashVsPlanTest {

    static RegionalPlan planWithCash(int year, String opening, String closing) {
        Statement<CashFlowLine> cf = Statement.of(StatementKind.CASH_FLOW, year, Map.of(
                CashFlowLine.OPENING_CASH, Money.ofMnkr(opening), CashFlowLine.CLOSING_CASH, Money.ofMnkr(closing)));
        return new RegionalPlan("R", year, Map.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(),
                Map.of(year, cf), List.of(), List.of(), Optional.empty(), Money.ZERO);
    }

    @Test
    void cashIsComparedWithTheBudgetPeriodisedToTheMonthEndNeverWithTheYearEnd() {
        CashVsPlan c = CashVsPlan.of(new CashBalance(YearMonth.of(2025, 7), Money.ofMnkr("517")),
                planWithCash(2025, "349", "461"));
        assertThat(c.plannedOpeningCash()).contains(Money.ofMnkr("349"));
        assertThat(c.plannedClosingCash()).contains(Money.ofMnkr("461"));
        // 349 + (461 − 349) × 7/12 = 414.333…: July's cash 517 is 102.67 above it (not 56 above December's 461).
        assertThat(c.plannedAtMonthEnd().orElseThrow().sek()).isEqualByComparingTo("414333333.33");
        assertThat(c.deviationFromPeriodisedPlan().orElseThrow().sek()).isEqualByComparingTo("102666666.67");
    }

    @Test
    void aYearThePlanDoesNotCoverHasNoComparison() {
        CashVsPlan c = CashVsPlan.of(new CashBalance(YearMonth.of(2030, 1), Money.ofMnkr("100")),
                planWithCash(2025, "349", "461"));
        assertThat(c.plannedClosingCash()).isEmpty();
        assertThat(c.deviationFromPeriodisedPlan()).isEmpty();
    }

    @Test
    void aHistoryHasOneBalanceAMonth() {
        CashBalance jul = new CashBalance(YearMonth.of(2025, 7), Money.ofMnkr("517"));
        CashBalance feb = new CashBalance(YearMonth.of(2026, 2), Money.ofMnkr("264"));
        CashHistory h = CashHistory.of(List.of(feb, jul));
        assertThat(h.latest()).contains(feb);
        assertThat(h.yearTo(YearMonth.of(2025, 12))).containsExactly(jul);
        assertThatThrownBy(() -> CashHistory.of(List.of(jul, jul))).hasMessageContaining("appears twice");
    }
}
