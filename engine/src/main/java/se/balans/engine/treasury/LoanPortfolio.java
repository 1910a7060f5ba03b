package se.balans.engine.treasury;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.balans.engine.InvalidInputException;

/**
 * The loan portfolio (låneportföljen): a register of loans and swaps, including those that have
 * matured, so that one register answers for any date it covers and for the month's events.
 */
public record LoanPortfolio(List<Loan> loans, List<InterestRateSwap> swaps) {

    public LoanPortfolio {
        loans = List.copyOf(loans);
        swaps = List.copyOf(swaps);
        Set<String> ids = new HashSet<>();
        for (Loan l : loans) {
            requireNew(ids, l.id());
        }
        for (InterestRateSwap s : swaps) {
            requireNew(ids, s.id());
        }
    }

    private static void requireNew(Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw new InvalidInputException("id", null, "the id " + id + " appears twice");
        }
    }

    public static LoanPortfolio of(List<Loan> loans) {
        return new LoanPortfolio(loans, List.of());
    }

    /** The loans outstanding on a date, in register order. */
    public List<Loan> outstandingOn(LocalDate date) {
        return loans.stream().filter(l -> l.isOutstandingOn(date)).toList();
    }

    /** The swaps active on a date, in register order. */
    public List<InterestRateSwap> activeSwapsOn(LocalDate date) {
        return swaps.stream().filter(s -> s.isActiveOn(date)).toList();
    }

    /** The portfolio's figures as of the end of {@code asOf}. */
    public PortfolioMetrics metrics(LocalDate asOf) {
        return PortfolioMetrics.of(this, asOf);
    }

    /** The loans that matured and started in a month. */
    public LoanEvents events(YearMonth month) {
        return LoanEvents.of(this, month);
    }
}
