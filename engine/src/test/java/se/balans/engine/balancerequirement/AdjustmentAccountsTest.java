package se.balans.engine.balancerequirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;

/** The balanskravsjusteringar booked to date, from the accounts configured for them (illustrative). */
class AdjustmentAccountsTest {
    static final AdjustmentAccounts ACCOUNTS = new AdjustmentAccounts(RangeMap.of(List.of(
            new RangeMap.Entry<>(new PrefixRange("8430", "8439"), BalanceRequirementLine.UNREALISED_SECURITIES),
            new RangeMap.Entry<>(new PrefixRange("8470", "8470"), BalanceRequirementLine.REALISATION_GAINS),
            new RangeMap.Entry<>(new PrefixRange("8475", "8475"), BalanceRequirementLine.EXEMPT_REALISATION_GAINS))));

    static LedgerAmount booked(String month, String account, String mnkr) {
        return new LedgerAmount(YearMonth.parse(month), account, "", Money.ofMnkr(mnkr));
    }

    @Test
    void gainsAreCreditsAndEachLineTakesTheSignItIsPrintedWith() {
        List<LedgerAmount> ledger = List.of(
                booked("2025-12", "8431", "-50"),   // last year: not this year's adjustment
                booked("2026-01", "8431", "-10"),   // unrealised gain 10
                booked("2026-03", "8432", "4"),     // unrealised loss 4
                booked("2026-04", "8431", "-100"),  // after the closed month
                booked("2026-02", "8470", "-3"),    // realisation gain 3
                booked("2026-02", "8475", "-2"),    // exempted gain 2
                booked("2026-02", "3010", "-900")); // revenue: no adjustment

        var toDate = ACCOUNTS.toDate(ledger, YearMonth.of(2026, 3));

        assertThat(toDate).containsEntry(BalanceRequirementLine.UNREALISED_SECURITIES, Money.ofMnkr("-6"))
                .containsEntry(BalanceRequirementLine.REALISATION_GAINS, Money.ofMnkr("-3"))
                .containsEntry(BalanceRequirementLine.EXEMPT_REALISATION_GAINS, Money.ofMnkr("2"))
                .hasSize(3);
    }
}
