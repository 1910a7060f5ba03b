package se.balans.engine.treasury;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * The loan events of a month (förändringar under månaden): loans that matured, and loans that
 * were taken up. The register does not say which new loan replaced which old one, so the split
 * is by amount: borrowing up to the matured amount is refinancing (refinansiering), the rest is
 * new borrowing (nyupplåning); if less was borrowed than matured, the difference was repaid
 * (amortering). Swaps are not loan events and are left out.
 */
public record LoanEvents(YearMonth month, List<Loan> matured, List<Loan> borrowed) {

    public LoanEvents {
        Objects.requireNonNull(month, "month");
        matured = List.copyOf(matured);
        borrowed = List.copyOf(borrowed);
    }

    /** Loans maturing in the month (a loan is repaid on its maturity date) and loans starting in it. */
    public static LoanEvents of(LoanPortfolio portfolio, YearMonth month) {
        return new LoanEvents(month,
                portfolio.loans().stream().filter(l -> YearMonth.from(l.maturityDate()).equals(month)).toList(),
                portfolio.loans().stream().filter(l -> YearMonth.from(l.startDate()).equals(month)).toList());
    }

    public boolean isEmpty() {
        return matured.isEmpty() && borrowed.isEmpty();
    }

    public Money maturedTotal() {
        return Money.sum(matured, Loan::amount);
    }

    public Money borrowedTotal() {
        return Money.sum(borrowed, Loan::amount);
    }

    /** The part of the borrowing that replaced matured loans. */
    public Money refinanced() {
        return maturedTotal().min(borrowedTotal());
    }

    /** Borrowing beyond what matured. */
    public Money newBorrowing() {
        return borrowedTotal().minus(refinanced());
    }

    /** Matured debt that was not refinanced. */
    public Money repaid() {
        return maturedTotal().minus(refinanced());
    }

    /** The change in debt over the month from these events. */
    public Money netChange() {
        return borrowedTotal().minus(maturedTotal());
    }
}
