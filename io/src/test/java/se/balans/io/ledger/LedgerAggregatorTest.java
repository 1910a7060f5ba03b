package se.balans.io.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerBalance;
import se.balans.engine.money.Money;

/** A ledger's rows summed by month, account, cost centre and dimensions, exactly, whatever their order. */
class LedgerAggregatorTest {
    static LedgerRow row(String account, String cc, String amount, String date) {
        return LedgerRow.of(account, cc, "", new BigDecimal(amount), LocalDate.parse(date), "");
    }

    static LedgerVoucher voucher(LedgerRow... rows) {
        return new LedgerVoucher("A", "1", LocalDate.parse("2025-01-15"), "", List.of(rows), 1);
    }

    @Test
    void rowsAreSummedToTheOreByMonthAccountAndCostCentre() {
        LedgerAggregator agg = LedgerAggregator.plain();
        agg.voucher(voucher(row("5010", "2100", "100.10", "2025-01-15"), row("1930", "", "-100.10", "2025-01-15")));
        agg.voucher(voucher(row("5010", "2100", "0.05", "2025-01-31"), row("1930", "", "-0.05", "2025-01-31")));
        agg.voucher(voucher(row("5010", "2100", "7.00", "2025-02-01"), row("1930", "", "-7.00", "2025-02-01")));

        assertThat(agg.balances()).containsExactly(
                new LedgerBalance(YearMonth.of(2025, 1), "1930", "", "", Money.ofSek(new BigDecimal("-100.15")), 2),
                new LedgerBalance(YearMonth.of(2025, 1), "5010", "2100", "", Money.ofSek(new BigDecimal("100.15")), 2),
                new LedgerBalance(YearMonth.of(2025, 2), "1930", "", "", Money.ofSek(-7), 1),
                new LedgerBalance(YearMonth.of(2025, 2), "5010", "2100", "", Money.ofSek(7), 1));
    }

    @Test
    void aStopRequestAbandonsTheReadAtTheNextVoucher() {
        LedgerAggregator agg = new LedgerAggregator((d, t) -> { }, () -> true);

        assertThatThrownBy(() -> agg.voucher(voucher(row("5010", "2100", "1.00", "2025-01-15"))))
                .isInstanceOf(LedgerAggregator.Stopped.class);
        assertThat(agg.balances()).isEmpty();
    }

    /**
     * The balances come in the order of month, account, cost centre and dimensions as Java compares text, however
     * many cells and whatever their texts: numbers of different lengths, letters of both cases, Swedish letters,
     * dimensions and none, months of two years.
     */
    @Test
    void balancesComeInTextOrderOfMonthAccountCostCentreAndDimensions() {
        LedgerAggregator agg = LedgerAggregator.plain();
        java.util.Random random = new java.util.Random(17);
        String[] accounts = {"5010", "501", "50100", "1930", "A10", "a10", "Ö1", "Å1"};
        String[] costCentres = {"", "9", "10", "100", "K-1", "k-1", "Ä"};
        String[] dimensions = {"", "6=P1", "6=P10", "6=P2", "2=X;6=P1"};
        for (int i = 0; i < 3_000; i++) {
            String date = (random.nextBoolean() ? "2025-" : "2026-") + String.format("%02d", 1 + random.nextInt(12))
                    + "-15";
            agg.voucher(voucher(LedgerRow.of(accounts[random.nextInt(accounts.length)],
                            costCentres[random.nextInt(costCentres.length)], dimensions[random.nextInt(dimensions.length)],
                            new BigDecimal("1.25"), LocalDate.parse(date), ""),
                    LedgerRow.of("2440", "", "", new BigDecimal("-1.25"), LocalDate.parse(date), "")));
        }
        List<LedgerBalance> balances = agg.balances();
        assertThat(balances).hasSizeGreaterThan(500).isSortedAccordingTo(java.util.Comparator
                .comparing(LedgerBalance::period).thenComparing(LedgerBalance::account)
                .thenComparing(LedgerBalance::costCentre).thenComparing(LedgerBalance::dimensions));
        assertThat(balances.stream().mapToLong(LedgerBalance::rowCount).sum()).isEqualTo(6_000);
    }
}
