package se.balans.io.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNumbersTest {

    @Test
    void textsAreNumberedInTheOrderFirstMetAndAnEqualTextOfAnotherInstanceKeepsItsNumber() {
        TextNumbers numbers = new TextNumbers();

        assertThat(numbers.number("1100")).isZero();
        assertThat(numbers.number("1396")).isEqualTo(1);
        assertThat(numbers.number(new String("1100".toCharArray()))).isZero();
        assertThat(numbers.size()).isEqualTo(2);
    }

    @Test
    void tenThousandDigitStringsGetTenThousandNumbersThatLastThroughGrowth() {
        TextNumbers numbers = new TextNumbers();
        for (int i = 0; i < 10_000; i++) {
            assertThat(numbers.number(String.format("%04d", i))).isEqualTo(i);
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(numbers.number(String.format("%04d", i))).isEqualTo(i);
        }
        assertThat(numbers.size()).isEqualTo(10_000);
    }

    @Test
    void aNumberGivesBackTheInstanceFirstMetForEveryEqualText() {
        TextNumbers numbers = new TextNumbers();
        String first = new String("1100".toCharArray());

        int n = numbers.number(first);

        assertThat(numbers.text(numbers.number(new String("1100".toCharArray())))).isSameAs(first);
        assertThat(numbers.text(n)).isSameAs(first);
    }
}
