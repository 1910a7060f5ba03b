package se.balans.io.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.Dimensions;

/** The small rules under both readers: duplicate numbers, canonical dimensions, amounts. */
class VoucherNumbersTest {

    @Test
    void aNumberIsADuplicateOnlyInTheSameSeriesAndWhateverHowItIsStored() {
        VoucherNumbers numbers = new VoucherNumbers();
        for (String n : new String[] {"1", "16777216", "007", "2025-0001", "a-very-long-voucher-number", "Å1"}) {
            assertThat(numbers.add("A", n)).as(n).isTrue();
            assertThat(numbers.add("B", n)).as(n).isTrue();
            assertThat(numbers.add("A", n)).as(n).isFalse();
        }
        assertThat(numbers.add("A", "7")).as("7 is not 007").isTrue();
        assertThat(numbers.add("A", "")).isTrue();
        assertThat(numbers.add("A", "")).as("no number: numbering left to the receiver").isTrue();
    }

    @Test
    void eachNumberKeepsTheValueOfItsFirstUseWhateverTierHoldsIt() {
        VoucherNumbers numbers = new VoucherNumbers();
        String[] all = {"5", "0", "63", "64", "200", "16777216", "007", "2025-0001", "a-very-long-voucher-number"};
        for (int i = 0; i < all.length; i++) {
            assertThat(numbers.add("A", all[i], 1000 + i)).as(all[i]).isEqualTo(VoucherNumbers.ABSENT);
        }
        for (int i = all.length - 1; i >= 0; i--) {
            assertThat(numbers.add("A", all[i], -1)).as(all[i]).isEqualTo(1000 + i);
            assertThat(numbers.add("A", all[i], -2)).as("%s keeps its first value", all[i]).isEqualTo(1000 + i);
        }
        assertThat(numbers.add("A", "", 7)).isEqualTo(VoucherNumbers.ABSENT);
        assertThat(numbers.add("A", "", 8)).as("no number is never recorded").isEqualTo(VoucherNumbers.ABSENT);
    }

    @Test
    void valuesStayWithTheirNumbersWhenABlockFillsOutOfOrder() {
        VoucherNumbers numbers = new VoucherNumbers();
        for (int n = 127; n >= 0; n -= 2) {
            numbers.add("S", Integer.toString(n), n * 10L);
        }
        for (int n = 0; n < 128; n += 2) {
            numbers.add("S", Integer.toString(n), n * 10L);
        }
        for (int n = 0; n < 128; n++) {
            assertThat(numbers.add("S", Integer.toString(n), 0)).as("%d", n).isEqualTo(n * 10L);
        }
    }

    @Test
    void manyNumbersStayExact() {
        VoucherNumbers numbers = new VoucherNumbers();
        for (int i = 0; i < 100_000; i++) {
            assertThat(numbers.add("S", "X" + i)).isTrue();
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(numbers.add("S", "X" + i)).isFalse();
        }
    }

    @Test
    void smallNumbersAreExactAcrossTheirBlocksAndSeries() {
        VoucherNumbers numbers = new VoucherNumbers();
        int[] edges = {0, 1, 62, 63, 64, 65, 127, 128, 4095, 4096, 16_777_151, 16_777_152, 16_777_215};
        for (int n : edges) {
            assertThat(numbers.add("A", Integer.toString(n))).as("%d", n).isTrue();
        }
        for (int n : edges) {
            assertThat(numbers.add("A", Integer.toString(n))).as("%d again", n).isFalse();
            assertThat(numbers.add("B", Integer.toString(n))).as("%d in B", n).isTrue();
        }
        for (int n = 0; n < 200_000; n++) {
            assertThat(numbers.add("C", Integer.toString(n))).isEqualTo(true);
        }
        for (int n = 0; n < 200_000; n += 641) {
            assertThat(numbers.add("C", Integer.toString(n))).as("%d again in C", n).isFalse();
        }
    }

    @Test
    void dimensionsAreSortedNumericallyAndEscaped() {
        Map<String, String> m = new TreeMap<>(Dimensions.ID_ORDER);
        m.put("10", "X");
        m.put("2", "P;1");
        m.put("project", "a=b");
        m.put("6", "");
        assertThat(Dimensions.canonical(m)).isEqualTo("2=P\\;1;10=X;project=a\\=b");
        assertThat(Dimensions.canonical(new LinkedHashMap<>())).isEmpty();
    }

    @Test
    void amountsAreReadToTheOre() {
        assertThat(LedgerAmounts.parse("-0.5")).isEqualTo(new BigDecimal("-0.50"));
        assertThat(LedgerAmounts.parse("1063")).isEqualTo(new BigDecimal("1063.00"));
        assertThat(LedgerAmounts.parse("12.3400")).isEqualTo(new BigDecimal("12.34"));
        for (String bad : new String[] {"", "-", "1.", ".5", "1e3", "1 000", "12.345", "12345678901234567"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LedgerAmounts.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
