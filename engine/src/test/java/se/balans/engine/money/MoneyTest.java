package se.balans.engine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void mnkrAreKeptExactlyInKronor() {
        Money frame = Money.ofMnkr("10958.4");
        assertThat(frame.sek()).isEqualTo(new BigDecimal("10958400000.00"));
        assertThat(frame.toMnkr()).isEqualTo(new BigDecimal("10958.4"));
        assertThat(Money.ofMnkr("-239").toMnkr().toPlainString()).isEqualTo("-239");
    }

    @Test
    void equalAmountsAreEqualWhateverTheirInputScale() {
        assertThat(Money.ofMnkr("1.50")).isEqualTo(Money.ofMnkr("1.5")).isEqualTo(Money.ofSek(1_500_000));
    }

    @Test
    void sumsAreExact() {
        // 0.1 + 0.2 in doubles is 0.30000000000000004
        assertThat(Money.ofSek(new BigDecimal("0.10")).plus(Money.ofSek(new BigDecimal("0.20"))))
                .isEqualTo(Money.ofSek(new BigDecimal("0.30")));
    }

    @Test
    void fractionsOfAnOreAreRefused() {
        assertThatThrownBy(() -> Money.ofSek(new BigDecimal("1.005"))).hasMessageContaining("öre");
    }

    @Test
    void multiplyingRoundsHalfEvenToTheOre() {
        assertThat(Money.ofSek(new BigDecimal("0.25")).times(new BigDecimal("0.5")))
                .isEqualTo(Money.ofSek(new BigDecimal("0.12")));
    }
}
