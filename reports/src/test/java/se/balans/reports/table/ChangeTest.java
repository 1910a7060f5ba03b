package se.balans.reports.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;

/**
 * The change against last year: in mnkr always, in per cent only where a percentage says something, each
 * coloured by what it means for the kind of figure.
 */
class ChangeTest {
    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static String pct(Cell c) {
        return ((Cell.Percent) c).fraction().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void aResultImprovingFromMinus350ToMinus36HasNoPercentageButPlus314MnkrInGreen() {
        assertThat(Change.percent(m("-36"), m("-350"), Change.Nature.RESULT)).isEqualTo(Cell.EMPTY);
        Cell change = Change.amount(m("-36"), m("-350"), Change.Nature.RESULT);
        assertThat(((Cell.Deviation) change).value()).isEqualTo(m("314"));
        assertThat(change.favourability()).isEqualTo(Cell.Favourability.FAVOURABLE);
    }

    @Test
    void aResultWorseningFromMinus100ToMinus172HasNoPercentageButMinus72MnkrInRed() {
        assertThat(Change.percent(m("-172"), m("-100"), Change.Nature.RESULT)).isEqualTo(Cell.EMPTY);
        Cell change = Change.amount(m("-172"), m("-100"), Change.Nature.RESULT);
        assertThat(((Cell.Deviation) change).value()).isEqualTo(m("-72"));
        assertThat(change.favourability()).isEqualTo(Cell.Favourability.UNFAVOURABLE);
    }

    @Test
    void aResultTurningFromDeficitToSurplusHasNoPercentage() {
        assertThat(Change.percent(m("75"), m("-50"), Change.Nature.RESULT)).isEqualTo(Cell.EMPTY);
        assertThat(Change.amount(m("75"), m("-50"), Change.Nature.RESULT).favourability())
                .isEqualTo(Cell.Favourability.FAVOURABLE);
    }

    @Test
    void aSurplusGrowingFrom80To90Is12_5PercentInGreen() {
        Cell c = Change.percent(m("90"), m("80"), Change.Nature.RESULT);
        assertThat(pct(c)).isEqualTo("12.5");
        assertThat(c.favourability()).isEqualTo(Cell.Favourability.FAVOURABLE);
    }

    @Test
    void aCostShownPositiveGrowingFrom100To110IsTenPercentInRed() {
        Cell c = Change.percent(m("110"), m("100"), Change.Nature.COST);
        assertThat(pct(c)).isEqualTo("10.0");
        assertThat(c.favourability()).isEqualTo(Cell.Favourability.UNFAVOURABLE);
        assertThat(Change.amount(m("110"), m("100"), Change.Nature.COST).favourability())
                .isEqualTo(Cell.Favourability.UNFAVOURABLE);
    }

    @Test
    void aCostSignedNegativeGrowingFromMinus100ToMinus110IsTenPercentAndMinus10MnkrBothRed() {
        Cell c = Change.percent(m("-110"), m("-100"), Change.Nature.SIGNED_COST);
        assertThat(pct(c)).isEqualTo("10.0");
        assertThat(c.favourability()).isEqualTo(Cell.Favourability.UNFAVOURABLE);
        Cell amount = Change.amount(m("-110"), m("-100"), Change.Nature.SIGNED_COST);
        assertThat(((Cell.Deviation) amount).value()).isEqualTo(m("-10"));
        assertThat(amount.favourability()).isEqualTo(Cell.Favourability.UNFAVOURABLE);
    }

    @Test
    void revenueGrowingIsGreenAndShrinkingRed() {
        assertThat(Change.percent(m("420.1"), m("416.9"), Change.Nature.REVENUE).favourability())
                .isEqualTo(Cell.Favourability.FAVOURABLE);
        assertThat(Change.percent(m("400"), m("416.9"), Change.Nature.REVENUE).favourability())
                .isEqualTo(Cell.Favourability.UNFAVOURABLE);
    }

    @Test
    void belowHalfAMillionOfBaseThereIsNoPercentageAndFromHalfAMillionThereIs() {
        assertThat(Change.NEAR_ZERO_MNKR).isEqualByComparingTo("0.5");
        assertThat(Change.percent(m("0.1"), m("0.049"), Change.Nature.COST)).isEqualTo(Cell.EMPTY);
        assertThat(Change.percent(m("0.9"), m("0.49"), Change.Nature.COST)).isEqualTo(Cell.EMPTY);
        assertThat(Change.percent(m("-0.9"), m("-0.49"), Change.Nature.SIGNED_COST)).isEqualTo(Cell.EMPTY);
        assertThat(pct(Change.percent(m("0.6"), m("0.5"), Change.Nature.COST))).isEqualTo("20.0");
        Cell gone = Change.percent(m("0"), m("10"), Change.Nature.COST);
        assertThat(pct(gone)).as("a cost gone entirely").isEqualTo("-100.0");
        assertThat(gone.favourability()).isEqualTo(Cell.Favourability.FAVOURABLE);
        assertThat(Change.percent(m("2"), m("-10"), Change.Nature.COST)).as("a reversal turned cost").isEqualTo(Cell.EMPTY);
    }

    @Test
    void aPercentageThatShowsAsZeroIsNeitherGreenNorRed() {
        Cell c = Cell.change(new BigDecimal("-0.0004"), Cell.Meaning.UNFAVOURABLE_WHEN_POSITIVE);
        assertThat(c.favourability()).isEqualTo(Cell.Favourability.NEUTRAL);
        assertThat(Cell.percent(new BigDecimal("0.5")).favourability()).as("a share has no meaning")
                .isEqualTo(Cell.Favourability.NEUTRAL);
    }
}
