package se.balans.engine.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.liquidity.CashBalance;
import se.balans.engine.money.Money;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.IndexPoint;
import se.balans.engine.pension.MonthlyReturn;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.policy.LimitStatus;
import se.balans.engine.policy.PolicyLimit;
import se.balans.engine.policy.PolicyMetric;

/** What the financial report of a month shows, gathered from the engine's values. */
class FinancialMonthTest {
    static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    static final RegionalPlan PLAN = new RegionalPlan("R", 2026, Map.of(), List.of(), List.of(), List.of(), Map.of(),
            Map.of(), Map.of(), List.of(), List.of(), Optional.empty(), Money.ZERO);
    static final LoanPortfolio LOANS = LoanPortfolio.of(List.of(
            Loan.fixed("A", "Kommuninvest", Money.ofMnkr("200"), LocalDate.of(2021, 2, 15), LocalDate.of(2026, 2, 15),
                    new BigDecimal("0.02")),
            Loan.fixed("B", "Kommuninvest", Money.ofMnkr("200"), LocalDate.of(2026, 2, 15), LocalDate.of(2030, 2, 15),
                    new BigDecimal("0.0284"))));

    /** {@code months} months of 1 % against 0.5 %, ending with February 2026. */
    static PensionPortfolio pension(int months) {
        List<MonthlyReturn> r = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            r.add(MonthlyReturn.of(FEBRUARY.minusMonths(i), AssetClass.TOTAL, new BigDecimal("0.01"),
                    new BigDecimal("0.005")));
        }
        return PensionPortfolio.of(r);
    }

    static FinancialMonth february(PensionPortfolio pension, Optional<FinancePolicy> policy) {
        return FinancialMonth.of(FEBRUARY, LOANS.metrics(FinancialMonth.asOf(FEBRUARY)), LOANS.events(FEBRUARY),
                pension, new CashBalance(FEBRUARY, Money.ofMnkr("264")), PLAN, policy);
    }

    @Test
    void theLoansAreAsOfTheMonthsLastDayAndTheEventsAreTheMonths() {
        FinancialMonth f = february(pension(3), Optional.empty());
        assertThat(f.asOf()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(f.debt().totalDebt()).as("A is repaid on its maturity, B refinances it").isEqualTo(Money.ofMnkr("200"));
        assertThat(f.events().refinanced()).isEqualTo(Money.ofMnkr("200"));
        assertThat(f.cash().actual().cash()).isEqualTo(Money.ofMnkr("264"));
        assertThat(f.returns(AssetClass.TOTAL)).isPresent();
        assertThat(f.returns(AssetClass.EQUITIES)).isEmpty();
        assertThat(f.allocationChecks()).isEmpty();
        assertThat(f.debtChecks()).isEmpty();
        assertThat(f.borrowingLimit()).isEmpty();
        assertThat(f.debtGoal()).as("the plan has no debt goal").isEmpty();
    }

    @Test
    void theIndexChartCoversTheTwelveMonthsEndingWithTheMonthFromABaseOf100() {
        List<IndexPoint> index = february(pension(19), Optional.empty()).index();
        assertThat(index).hasSize(13);
        assertThat(index.get(0).month()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(index.get(0).portfolio()).isEqualByComparingTo("100");
        assertThat(index.get(12).month()).isEqualTo(FEBRUARY);
        assertThat(index.get(1).portfolio()).isEqualByComparingTo("101");
        assertThat(index.get(1).benchmark()).isEqualByComparingTo("100.5");
    }

    @Test
    void aShorterSeriesIsChartedFromItsFirstMonth() {
        List<IndexPoint> index = february(pension(3), Optional.empty()).index();
        assertThat(index).extracting(IndexPoint::month).containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12),
                YearMonth.of(2026, 1), FEBRUARY);
    }

    @Test
    void thePolicysLimitsAreChecked() {
        FinancePolicy policy = new FinancePolicy(List.of(PolicyLimit.atMost(PolicyMetric.TOTAL_DEBT,
                Money.ofMnkr("4000").sek())));
        FinancialMonth f = february(pension(3), Optional.of(policy));
        assertThat(f.borrowingLimit()).contains(Money.ofMnkr("4000"));
        assertThat(f.debtChecks()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(LimitStatus.WITHIN));
    }

    @Test
    void aMonthWithoutReturnsIsBadInputAndFiguresOfAnotherMonthAreRefused() {
        PensionPortfolio toJanuary = PensionPortfolio.of(List.of(MonthlyReturn.of(YearMonth.of(2026, 1), AssetClass.TOTAL,
                new BigDecimal("0.01"), new BigDecimal("0.005"))));
        assertThatThrownBy(() -> february(toJanuary, Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no pension-fund returns for 2026-02");
        FinancialMonth f = february(pension(3), Optional.empty());
        assertThatThrownBy(() -> new FinancialMonth(FEBRUARY, f.returns(), f.allocation(), List.of(), f.index(),
                f.cash(), LOANS.metrics(LocalDate.of(2026, 2, 27)), Optional.empty(), List.of(), f.events(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as of 2026-02-27");
    }
}
