package se.balans.engine.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;

/** A month's loan events, split into refinancing and new borrowing by amount. */
class LoanEventsTest {
    static final LocalDate MID_FEB = LocalDate.of(2026, 2, 16);

    static Loan fixed(String id, String amount, LocalDate start, LocalDate maturity) {
        return Loan.fixed(id, "Kommuninvest", Money.ofMnkr(amount), start, maturity, new BigDecimal("0.0284"));
    }

    @Test
    void twoHundredMaturedAndFourHundredBorrowedIsTwoHundredRefinancedAndTwoHundredNew() {
        LoanPortfolio p = LoanPortfolio.of(List.of(
                fixed("OLD", "200", LocalDate.of(2023, 2, 15), MID_FEB),
                fixed("A", "200", MID_FEB, LocalDate.of(2030, 12, 16)),
                fixed("B", "200", MID_FEB, LocalDate.of(2027, 2, 16)),
                fixed("OTHER", "300", LocalDate.of(2024, 3, 15), LocalDate.of(2028, 3, 15))));
        LoanEvents e = p.events(YearMonth.of(2026, 2));
        assertThat(e.matured()).extracting(Loan::id).containsExactly("OLD");
        assertThat(e.borrowed()).extracting(Loan::id).containsExactly("A", "B");
        assertThat(e.refinanced()).isEqualTo(Money.ofMnkr("200"));
        assertThat(e.newBorrowing()).isEqualTo(Money.ofMnkr("200"));
        assertThat(e.repaid()).isEqualTo(Money.ZERO);
        assertThat(e.netChange()).isEqualTo(Money.ofMnkr("200"));
        assertThat(p.events(YearMonth.of(2026, 1)).isEmpty()).isTrue();
    }

    @Test
    void whatMaturedWithoutRefinancingWasRepaid() {
        LoanPortfolio p = LoanPortfolio.of(List.of(
                fixed("OLD", "300", LocalDate.of(2023, 2, 15), MID_FEB),
                fixed("A", "100", MID_FEB, LocalDate.of(2030, 12, 16))));
        LoanEvents e = p.events(YearMonth.of(2026, 2));
        assertThat(e.refinanced()).isEqualTo(Money.ofMnkr("100"));
        assertThat(e.newBorrowing()).isEqualTo(Money.ZERO);
        assertThat(e.repaid()).isEqualTo(Money.ofMnkr("200"));
        assertThat(e.netChange()).isEqualTo(Money.ofMnkr("-200"));
    }
}
