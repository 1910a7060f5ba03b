package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * Borrowing, interest and the other financial items of one year.
 *
 * @param existingInterest interest on the loans already taken, from the loan register
 * @param newBorrowing nyupplåning this year; it bears the assumed rate from the start of the year
 *        (a prudent plan does not count on borrowing late)
 * @param amortisation amortering of existing loans this year
 * @param newRate the assumed rate on all new borrowing outstanding, a fraction
 * @param financialIncome finansiella intäkter (the pension-fund portfolio's return, interest on cash)
 * @param otherFinancialCosts financial costs besides interest and pensions (leasing interest, fees)
 * @param unrealisedGains the part of the financial income that is unrealised gains on securities,
 *        removed in the balanskravsutredning (LKBR 11 kap.)
 * @param shortTermPlacements cash moved into short-term placements this year (kortfristiga placeringar)
 * @param minimumCash the least likvida medel at year end; what the year's flows leave below it is
 *        borrowed at the end of the year (likviditetsupplåning) and bears the assumed rate from the next
 */
public record Financing(int year, Money existingInterest, Money newBorrowing, Money amortisation, BigDecimal newRate,
                        Money financialIncome, Money otherFinancialCosts, Money unrealisedGains,
                        Money shortTermPlacements, Money minimumCash, String source) {
    public Financing {
        DriverChecks.year(year);
        DriverChecks.notNegative(existingInterest, "interest on existing loans");
        DriverChecks.notNegative(newBorrowing, "new borrowing");
        DriverChecks.notNegative(amortisation, "amortisation");
        Objects.requireNonNull(newRate, "newRate");
        DriverChecks.notNegative(financialIncome, "financial income");
        DriverChecks.notNegative(otherFinancialCosts, "other financial costs");
        Objects.requireNonNull(unrealisedGains, "unrealisedGains");
        Objects.requireNonNull(shortTermPlacements, "shortTermPlacements");
        DriverChecks.notNegative(minimumCash, "minimum cash");
        Objects.requireNonNull(source, "source");
    }

    /** These figures with more borrowing: the liquidity borrowing the year's flows need. */
    public Financing withMoreBorrowing(Money extra) {
        return new Financing(year, existingInterest, newBorrowing.plus(extra), amortisation, newRate, financialIncome,
                otherFinancialCosts, unrealisedGains, shortTermPlacements, minimumCash, source);
    }
}
