package se.balans.engine.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * The debt metrics on portfolios small enough to compute by hand. As of 2025-12-31 the 12-month
 * window ends 2026-12-31, 365 days later; 2027-12-31 is 730 days away (2.0 years ACT/365).
 */
class PortfolioMetricsTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static BigDecimal pct(String percent) {
        return new BigDecimal(percent).movePointLeft(2);
    }

    /** Year fractions are exact to 16 digits; a weighted average of them to about as many. */
    static final org.assertj.core.data.Offset<BigDecimal> TOLERANCE = org.assertj.core.data.Offset.offset(
            new BigDecimal("1e-14"));

    static BigDecimal exact(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

    /** 100 fixed at 2 % for two years; 100 floating at 3 %, re-fixing in 90 days, maturing in three years. */
    static final Loan FIXED = Loan.fixed("F", "Kommuninvest", m("100"), LocalDate.of(2022, 12, 31),
            LocalDate.of(2027, 12, 31), pct("2"));
    static final Loan FLOATING = Loan.floating("R", "SEB", m("100"), LocalDate.of(2023, 6, 30),
            LocalDate.of(2028, 12, 30), pct("3"), LocalDate.of(2026, 3, 31));

    @Test
    void aFloatingLoanIsBoundToItsNextFixingAndItsCapitalToItsMaturity() {
        PortfolioMetrics p = LoanPortfolio.of(List.of(FIXED, FLOATING)).metrics(AS_OF);

        assertThat(p.totalDebt()).isEqualTo(m("200"));
        assertThat(p.averageRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.025"));
        assertThat(p.averageRateInclSwaps()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.025"));
        // (730 + 1095) / 2 days = 2.5 years
        assertThat(p.capitalBindingYears()).hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo("2.5"));
        // (730 + 90) / 2 days
        assertThat(p.interestBindingYears()).hasValueSatisfying(y -> assertThat(y).isCloseTo(exact(820, 730), TOLERANCE));
        assertThat(p.shareMaturing12m()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0"));
        assertThat(p.shareRefixing12m()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
        // the floating 100 carries +1 pp from 2026-03-31, 275 of the window's 365 days: 100 000 000 × 0.01 × 275 / 365
        assertThat(p.rateSensitivity()).isEqualTo(Money.ofSek(new BigDecimal("753424.66")));
        assertThat(p.maturityProfile()).containsExactly(new MaturityYear(2027, m("100")), new MaturityYear(2028, m("100")));
    }

    @Test
    void aPayFixedSwapMovesItsNotionalFromFloatingToTheSwapsRateAndMaturity() {
        // 50 of the 100 floating swapped to 4 % until 2029-12-31 (1 461 days)
        InterestRateSwap swap = new InterestRateSwap("S", "Nordea", m("50"), LocalDate.of(2025, 1, 15),
                LocalDate.of(2029, 12, 31), pct("4"));
        PortfolioMetrics p = new LoanPortfolio(List.of(FIXED, FLOATING), List.of(swap)).metrics(AS_OF);

        assertThat(p.totalDebt()).as("a notional is not debt").isEqualTo(m("200"));
        assertThat(p.swapCount()).isEqualTo(1);
        assertThat(p.averageRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.025"));
        // (100 × 2 % + 50 × 3 % + 50 × 4 %) / 200
        assertThat(p.averageRateInclSwaps()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.0275"));
        assertThat(p.capitalBindingYears()).hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo("2.5"));
        // (100 × 730 + 50 × 90 + 50 × 1 461) / (200 × 365)
        assertThat(p.interestBindingYears()).hasValueSatisfying(y -> assertThat(y)
                .isCloseTo(exact(150_550, 73_000), TOLERANCE));
        assertThat(p.shareRefixing12m()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.25"));
        assertThat(p.rateSensitivity()).isEqualTo(Money.ofSek(new BigDecimal("376712.33")));
    }

    @Test
    void swapsBeyondTheFloatingDebtAreRefused() {
        InterestRateSwap swap = new InterestRateSwap("S", "Nordea", m("150"), LocalDate.of(2025, 1, 15),
                LocalDate.of(2029, 12, 31), pct("4"));
        LoanPortfolio p = new LoanPortfolio(List.of(FIXED, FLOATING), List.of(swap));
        assertThatThrownBy(() -> p.metrics(AS_OF)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("notional 150 mnkr exceeds the floating-rate debt 100 mnkr");
    }

    @Test
    void aLoanMaturingOnTheAsOfDateIsRepaidAndOneStartingThatDayIsOutstanding() {
        Loan maturing = Loan.fixed("OLD", "SEB", m("200"), LocalDate.of(2020, 12, 31), AS_OF, pct("1"));
        Loan refinancing = Loan.fixed("NEW", "Kommuninvest", m("200"), AS_OF, LocalDate.of(2027, 12, 31), pct("3"));
        PortfolioMetrics p = LoanPortfolio.of(List.of(maturing, refinancing)).metrics(AS_OF);

        assertThat(p.loanCount()).isEqualTo(1);
        assertThat(p.totalDebt()).isEqualTo(m("200"));
        assertThat(p.averageRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.03"));
        assertThat(p.capitalBindingYears()).hasValueSatisfying(y -> assertThat(y).isEqualByComparingTo("2"));
        assertThat(LoanPortfolio.of(List.of(maturing)).metrics(AS_OF.minusDays(1)).totalDebt()).isEqualTo(m("200"));
    }

    @Test
    void aFixedLoanMaturingWithinTwelveMonthsRefixesAtMaturity() {
        Loan shortLoan = Loan.fixed("K", "Kommuninvest", m("100"), LocalDate.of(2021, 6, 30),
                LocalDate.of(2026, 6, 30), pct("1.5"));
        PortfolioMetrics p = LoanPortfolio.of(List.of(shortLoan, FIXED)).metrics(AS_OF);
        assertThat(p.shareMaturing12m()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
        assertThat(p.shareRefixing12m()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
        // refinanced on 2026-06-30, 184 days before the window ends
        assertThat(p.rateSensitivity()).isEqualTo(Money.ofSek(new BigDecimal("504109.59")));
        assertThat(p.maturityProfile()).extracting(MaturityYear::year).containsExactly(2026, 2027);
    }

    @Test
    void anEmptyPortfolioHasNoDebtAndNoAverages() {
        PortfolioMetrics p = LoanPortfolio.of(List.of(FIXED)).metrics(LocalDate.of(2020, 1, 1));
        assertThat(p.loanCount()).isZero();
        assertThat(p.totalDebt()).isEqualTo(Money.ZERO);
        assertThat(p.averageRate()).isEmpty();
        assertThat(p.averageRateInclSwaps()).isEmpty();
        assertThat(p.capitalBindingYears()).isEmpty();
        assertThat(p.interestBindingYears()).isEmpty();
        assertThat(p.shareMaturing12m()).isEmpty();
        assertThat(p.shareRefixing12m()).isEmpty();
        assertThat(p.rateSensitivity()).isEqualTo(Money.ZERO);
        assertThat(p.maturityProfile()).isEmpty();
        assertThat(p.headroom(m("4000"))).isEqualTo(m("4000"));
    }

    @Test
    void aRegisterWhoseFixingHasPassedIsOutOfDate() {
        LoanPortfolio p = LoanPortfolio.of(List.of(FLOATING));
        assertThatThrownBy(() -> p.metrics(LocalDate.of(2026, 3, 31)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("R: the next fixing date 2026-03-31 is not after the as-of date 2026-03-31")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("next_fixing_date"));
    }

    @Test
    void headroomIsTheBorrowingLimitLessTheDebt() {
        PortfolioMetrics p = LoanPortfolio.of(List.of(FIXED, FLOATING)).metrics(AS_OF);
        assertThat(p.headroom(m("4000"))).isEqualTo(m("3800"));
        assertThat(p.headroom(m("150"))).isEqualTo(m("-50"));
    }
}
