package se.balans.engine.balancerequirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/** KL 11 kap. 14 §: the reservation ceiling, 1 % or 2 % of taxes and grants, and the 5 % cap from 2024. */
class ResultReserveCeilingTest {

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static BalanceRequirementInput year(int y, String result, String allocation, String equity) {
        return BalanceRequirementInput.of(y, m(result))
                .with(BalanceRequirementLine.RESERVE_ALLOCATION, m(allocation))
                .withReserveBase(m("11357"), m(equity));
    }

    @Test
    void onePercentWhenEquityIncludingPensionCommitmentsIsPositive() {
        ResultReserveCeiling c = ResultReserveCeiling.of(year(2025, "300", "0", "100")).orElseThrow();
        assertThat(c.rate()).isEqualByComparingTo(new BigDecimal("0.01"));
        // 300 − 1 % × 11 357 = 186.43
        assertThat(c.maxAllocation()).isEqualTo(m("186.43"));
        assertThat(c.balanceCap()).contains(m("567.85"));
    }

    @Test
    void twoPercentWhenEquityIncludingPensionCommitmentsIsNegative() {
        ResultReserveCeiling c = ResultReserveCeiling.of(year(2025, "300", "0", "-2100")).orElseThrow();
        assertThat(c.maxAllocation()).isEqualTo(m("72.86"));
    }

    @Test
    void theLowerOfResultAndAdjustedResultCounts() {
        BalanceRequirementInput in = year(2025, "300", "0", "100")
                .with(BalanceRequirementLine.UNREALISED_SECURITIES, m("-200"));
        assertThat(ResultReserveCeiling.of(in).orElseThrow().maxAllocation()).isEqualTo(Money.ZERO);
    }

    @Test
    void aReservationAboveTheCeilingIsAnError() {
        assertThatThrownBy(() -> RestorationSchedule.compute(List.of(year(2025, "300", "-190", "100"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("exceeds the ceiling 186.43")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reserve_allocation"));
    }

    @Test
    void fromTwentyTwentyFourTheReserveIsCappedAtFivePercent() {
        // Each year's reservation is within its ceiling, but together they pass 5 % of 11 357 = 567.85.
        List<BalanceRequirementInput> years = List.of(
                year(2024, "800", "-300", "100"), year(2025, "800", "-300", "100"));
        assertThatThrownBy(() -> RestorationSchedule.compute(years))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cap of 5 %");
        // Before 2024 the RUR had no cap.
        RestorationSchedule ok = RestorationSchedule.compute(List.of(
                year(2022, "800", "-300", "100"), year(2023, "800", "-300", "100")));
        assertThat(ok.year(2023).orElseThrow().reserveBalance()).isEqualTo(m("600"));
    }

    @Test
    void withoutTheBaseFiguresThereIsNoCeilingToCheck() {
        assertThat(ResultReserveCeiling.of(BalanceRequirementInput.of(2025, m("1")))).isEmpty();
    }
}
