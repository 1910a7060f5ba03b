package se.balans.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;

class NumberStyleTest {
    final NumberStyle sv = NumberStyle.of(Language.SV);
    final NumberStyle en = NumberStyle.of(Language.EN);

    @Test
    void swedishAmountsHaveSpaceGroupingDecimalCommaAndTypographicMinus() {
        assertThat(sv.mnkrWithUnit(Money.ofMnkr("1234.5"))).isEqualTo("1 234,5 mnkr");
        assertThat(sv.mnkr(Money.ofMnkr("-10958.4"), 1)).isEqualTo("−10 958,4");
        assertThat(sv.mnkr(Money.ofMnkr("-0.04"), 1)).isEqualTo("0,0");
        assertThat(sv.mnkr(Money.ofMnkr("999.95"), 1)).isEqualTo("1 000,0");
    }

    @Test
    void englishAmounts() {
        assertThat(en.mnkrWithUnit(Money.ofMnkr("1234.5"))).isEqualTo("1,234.5 SEK m");
        assertThat(en.mnkr(Money.ofMnkr("-1210"), 0)).isEqualTo("−1,210");
    }

    @Test
    void percentages() {
        assertThat(sv.percent(new BigDecimal("0.0351"), 1)).isEqualTo("3,5 %");
        assertThat(sv.signedPercent(new BigDecimal("0.029"), 1)).isEqualTo("+2,9 %");
        assertThat(sv.signedPercent(new BigDecimal("-0.001"), 1)).isEqualTo("−0,1 %");
        assertThat(en.percent(new BigDecimal("0.22"), 0)).isEqualTo("22%");
    }

    @Test
    void roundingIsOnlyForShowingAndHalfUp() {
        assertThat(sv.mnkr(Money.ofMnkr("398.65"), 1)).isEqualTo("398,7");
        assertThat(sv.mnkr(Money.ofMnkr("217.6"), 0)).isEqualTo("218");
    }
}
