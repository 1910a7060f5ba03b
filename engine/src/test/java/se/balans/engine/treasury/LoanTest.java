package se.balans.engine.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/** A loan refuses what cannot be a loan, naming the loan-file column at fault. */
class LoanTest {
    static final LocalDate START = LocalDate.of(2025, 2, 17);
    static final LocalDate END = LocalDate.of(2028, 2, 17);
    static final BigDecimal RATE = new BigDecimal("0.0284");

    static String fieldOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aNegativeOrZeroAmountIsRefused() {
        assertThat(fieldOf(() -> Loan.fixed("L1", "SEB", Money.ofMnkr("-200"), START, END, RATE))).isEqualTo("amount");
        assertThat(fieldOf(() -> Loan.fixed("L1", "SEB", Money.ZERO, START, END, RATE))).isEqualTo("amount");
    }

    @Test
    void aMaturityOnOrBeforeTheStartIsRefused() {
        assertThat(fieldOf(() -> Loan.fixed("L1", "SEB", Money.ofMnkr("200"), END, START, RATE)))
                .isEqualTo("maturity_date");
        assertThat(fieldOf(() -> Loan.fixed("L1", "SEB", Money.ofMnkr("200"), START, START, RATE)))
                .isEqualTo("maturity_date");
    }

    @Test
    void aFloatingLoanNeedsANextFixingWithinItsTerm() {
        assertThatThrownBy(() -> new Loan("L1", "SEB", Money.ofMnkr("200"), START, END, RateType.FLOATING, RATE,
                Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessage("L1: a floating-rate loan needs its next fixing date");
        assertThat(fieldOf(() -> Loan.floating("L1", "SEB", Money.ofMnkr("200"), START, END, RATE, END.plusDays(1))))
                .isEqualTo("next_fixing_date");
        assertThat(fieldOf(() -> Loan.floating("L1", "SEB", Money.ofMnkr("200"), START, END, RATE, START)))
                .isEqualTo("next_fixing_date");
    }

    @Test
    void aFixedLoanTakesNoFixingDateButItsMaturity() {
        assertThat(fieldOf(() -> new Loan("L1", "SEB", Money.ofMnkr("200"), START, END, RateType.FIXED, RATE,
                Optional.of(START.plusMonths(3))))).isEqualTo("next_fixing_date");
        Loan l = new Loan("L1", "SEB", Money.ofMnkr("200"), START, END, RateType.FIXED, RATE, Optional.of(END));
        assertThat(l.fixingDate()).isEqualTo(END);
    }

    @Test
    void aRateGivenAsAFractionWhereAPercentageWasMeantIsCaughtWhenImplausible() {
        assertThat(fieldOf(() -> Loan.fixed("L1", "SEB", Money.ofMnkr("200"), START, END, new BigDecimal("2.84"))))
                .isEqualTo("rate");
    }

    @Test
    void idsAreUniqueAcrossLoansAndSwaps() {
        Loan l = Loan.fixed("X", "SEB", Money.ofMnkr("200"), START, END, RATE);
        InterestRateSwap s = new InterestRateSwap("X", "SEB", Money.ofMnkr("100"), START, END, RATE);
        assertThat(fieldOf(() -> new LoanPortfolio(List.of(l), List.of(s)))).isEqualTo("id");
    }

    @Test
    void anAmountBeyondAnyRegionsSingleLoanIsRefusedAsTheAmountsFault() {
        assertThat(fieldOf(() -> Loan.fixed("K1", "Kommuninvest", Money.ofMnkr("100000.01"), START, END, RATE)))
                .isEqualTo("amount");
        assertThat(fieldOf(() -> new InterestRateSwap("S1", "SEB", Money.ofMnkr("1000000"), START, END, RATE)))
                .isEqualTo("amount");
        assertThat(Loan.fixed("K1", "Kommuninvest", Instruments.MAX_AMOUNT, START, END, RATE).amount())
                .isEqualTo(Money.ofMnkr("100000"));
    }
}
