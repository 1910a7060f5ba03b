package se.balans.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.balans.reports.chart.WaterfallLayout.Part;

/** A bridge drawn as stacked bars: where each bar starts and how long it is. */
class WaterfallLayoutTest {

    static List<BigDecimal> d(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    static Map<Part, List<BigDecimal>> parts(Chart c) {
        return WaterfallLayout.of(c).parts().stream()
                .collect(Collectors.toMap(WaterfallLayout.PartSeries::part, WaterfallLayout.PartSeries::values));
    }

    static void assertValues(List<BigDecimal> actual, String... expected) {
        assertThat(actual).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(d(expected));
    }

    @Test
    void givenTheFrameBridge2025EachChangeStandsOnTheRunningTotal() {
        Chart c = Chart.waterfall("Ramar", "mnkr", "Ram 2024", new BigDecimal("10801.1"),
                List.of("Index", "Tillskott", "Reducering", "Avskrivningar"), d("272.6", "308.9", "-460.2", "36.0"),
                "Ram 2025", new BigDecimal("10958.4"), "Ram");
        Map<Part, List<BigDecimal>> p = parts(c);
        assertThat(p).containsOnlyKeys(Part.BASE, Part.TOTAL, Part.INCREASE, Part.DECREASE);
        assertValues(p.get(Part.BASE), "0", "10801.1", "11073.7", "10922.4", "10922.4", "0");
        assertValues(p.get(Part.INCREASE), "0", "272.6", "308.9", "0", "36.0", "0");
        assertValues(p.get(Part.DECREASE), "0", "0", "0", "460.2", "0", "0");
        assertValues(p.get(Part.TOTAL), "10801.1", "0", "0", "0", "0", "10958.4");
        // The lowest running total is 10 801,1 and the swing 581,5: the axis starts at a round 10 500.
        assertThat(WaterfallLayout.of(c).axisFloor()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("10500"));
    }

    @Test
    void belowZeroBarsHangFromANegativeBase() {
        Chart c = Chart.waterfall("W", "mnkr", "Start", new BigDecimal("-100"), List.of("Upp", "Ned"), d("40", "-30"),
                "Slut", new BigDecimal("-90"), "S");
        Map<Part, List<BigDecimal>> p = parts(c);
        assertValues(p.get(Part.BASE), "0", "-60", "-60", "0");
        assertValues(p.get(Part.INCREASE), "0", "-40", "0", "0");
        assertValues(p.get(Part.DECREASE), "0", "0", "-30", "0");
        assertThat(WaterfallLayout.of(c).axisFloor()).isEmpty();
    }

    @Test
    void aChangeAcrossZeroIsSplitIntoItsPartsAboveAndBelow() {
        Chart c = Chart.waterfall("W", "mnkr", "Start", new BigDecimal("-50"), List.of("Upp"), d("80"),
                "Slut", new BigDecimal("30"), "S");
        Map<Part, List<BigDecimal>> p = parts(c);
        assertThat(p).doesNotContainKey(Part.BASE);
        assertValues(p.get(Part.INCREASE), "0", "30", "0");
        assertValues(p.get(Part.INCREASE_BELOW_ZERO), "0", "-50", "0");
        assertThat(WaterfallLayout.of(c).parts().stream().filter(WaterfallLayout.PartSeries::inLegend)
                .map(WaterfallLayout.PartSeries::part)).containsExactly(Part.TOTAL, Part.INCREASE);
    }

    @Test
    void aWaterfallHasOneSeriesWithBothEnds() {
        assertThatThrownBy(() -> new Chart(Chart.Kind.WATERFALL, "W", "", "mnkr", List.of("a"),
                List.of(new Chart.Series("s", d("1"))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.line("L", "", "mnkr", List.of("a", "b"), List.of(new Chart.Series("s", d("1")))))
                .hasMessageContaining("1 values for 2 categories");
    }
}
