package se.balans.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.pension.Allocation;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.treasury.Loan;
import se.balans.engine.treasury.LoanPortfolio;
import se.balans.engine.treasury.PortfolioMetrics;

/** Limits as configuration: inclusive ends, the verdicts, and what a policy refuses. */
class FinancePolicyTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static final FinancePolicy POLICY = new FinancePolicy(List.of(
            PolicyLimit.atMost(PolicyMetric.TOTAL_DEBT, Money.ofMnkr("4000").sek()),
            PolicyLimit.between(PolicyMetric.INTEREST_BINDING_YEARS, d("1.5"), d("4")),
            PolicyLimit.atMost(PolicyMetric.SHARE_MATURING_12M, d("0.30")),
            PolicyLimit.atMost(PolicyMetric.SHARE_REFIXING_12M, d("0.50")),
            new PolicyLimit(PolicyMetric.ALLOCATION, Optional.of(AssetClass.EQUITIES), Optional.of(d("0.4")),
                    Optional.of(d("0.7")))));

    @Test
    void aPortfolioIsCheckedAgainstEachDebtLimitInThePolicysOrder() {
        // 100 maturing in six months and 100 in two years: binding about 1.25 years, 50 % maturing
        PortfolioMetrics m = LoanPortfolio.of(List.of(
                Loan.fixed("A", "SEB", Money.ofMnkr("100"), LocalDate.of(2021, 6, 30), LocalDate.of(2026, 6, 30), d("0.02")),
                Loan.fixed("B", "SEB", Money.ofMnkr("100"), LocalDate.of(2021, 6, 30), LocalDate.of(2027, 12, 31), d("0.02"))))
                .metrics(AS_OF);
        List<LimitCheck> checks = POLICY.checkDebt(m);
        assertThat(checks).extracting(c -> c.limit().metric(), LimitCheck::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PolicyMetric.TOTAL_DEBT, LimitStatus.WITHIN),
                org.assertj.core.groups.Tuple.tuple(PolicyMetric.INTEREST_BINDING_YEARS, LimitStatus.OUTSIDE),
                org.assertj.core.groups.Tuple.tuple(PolicyMetric.SHARE_MATURING_12M, LimitStatus.OUTSIDE),
                org.assertj.core.groups.Tuple.tuple(PolicyMetric.SHARE_REFIXING_12M, LimitStatus.WITHIN));
        assertThat(POLICY.borrowingLimit()).contains(Money.ofMnkr("4000"));
    }

    @Test
    void bothEndsAreInclusive() {
        PolicyLimit l = PolicyLimit.between(PolicyMetric.INTEREST_BINDING_YEARS, d("1.5"), d("4"));
        assertThat(l.allows(d("1.5"))).isTrue();
        assertThat(l.allows(d("4.0"))).isTrue();
        assertThat(l.allows(d("1.4999999"))).as("not brought within by rounding").isFalse();
    }

    @Test
    void anEmptyPortfolioCannotBeJudgedOnAverages() {
        PortfolioMetrics empty = LoanPortfolio.of(List.of()).metrics(AS_OF);
        assertThat(POLICY.checkDebt(empty)).extracting(LimitCheck::status).containsExactly(LimitStatus.WITHIN,
                LimitStatus.NOT_EVALUABLE, LimitStatus.NOT_EVALUABLE, LimitStatus.NOT_EVALUABLE);
    }

    @Test
    void allocationLimitsNameTheirAssetClass() {
        Allocation a = new Allocation(YearMonth.of(2025, 7), Map.of(AssetClass.TOTAL, Money.ofMnkr("1000"),
                AssetClass.EQUITIES, Money.ofMnkr("700")));
        assertThat(POLICY.checkAllocation(a)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(LimitStatus.WITHIN);
            assertThat(c.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.7"));
        });
        assertThatThrownBy(() -> new PolicyLimit(PolicyMetric.ALLOCATION, Optional.empty(), Optional.empty(),
                Optional.of(d("0.7")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("asset class");
    }

    @Test
    void aPolicyRefusesContradictionsAndDuplicates() {
        assertThatThrownBy(() -> PolicyLimit.between(PolicyMetric.INTEREST_BINDING_YEARS, d("4"), d("1.5")))
                .hasMessageContaining("below the min");
        assertThatThrownBy(() -> new PolicyLimit(PolicyMetric.SHARE_MATURING_12M, Optional.empty(), Optional.empty(),
                Optional.empty())).hasMessageContaining("give a min, a max or both");
        PolicyLimit l = PolicyLimit.atMost(PolicyMetric.SHARE_MATURING_12M, d("0.3"));
        assertThatThrownBy(() -> new FinancePolicy(List.of(l, l))).hasMessageContaining("limited twice");
    }

    @Test
    void eachEndOfALimitLiesInItsUnitsRange() {
        assertThatThrownBy(() -> PolicyLimit.atMost(PolicyMetric.SHARE_REFIXING_12M, d("2.5")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a share is 0–100 %, got max 250 %")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("max"));
        assertThatThrownBy(() -> PolicyLimit.between(PolicyMetric.CAPITAL_BINDING_YEARS, d("-0.5"), d("4")))
                .hasMessageContaining("a binding is 0–50 years, got min -0.5");
        assertThatThrownBy(() -> PolicyLimit.atMost(PolicyMetric.TOTAL_DEBT, Money.ofMnkr("-1").sek()))
                .hasMessageContaining("a limit on the debt is 0–1000000 mnkr, got max -1 mnkr");
        assertThat(PolicyLimit.between(PolicyMetric.SHARE_MATURING_12M, d("0"), d("1")).allows(d("1"))).isTrue();
    }
}
