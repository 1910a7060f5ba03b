package se.balans.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The chart model's rules: series that stop early, and where the value axis starts. */
class ChartTest {
    static List<BigDecimal> d(String... v) {
        return Stream.of(v).map(BigDecimal::new).toList();
    }

    static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr");

    @Test
    void anOutcomeToDateMayStopBeforeTheLastMonthWhenSaidSo() {
        Chart c = Chart.line("Ack.", "Månad", "mnkr", MONTHS, List.of(Chart.Series.partial("Utfall", d("1", "2")),
                new Chart.Series("Budget", d("1", "2", "3", "4"))));
        assertThat(c.series().get(0).values()).hasSize(2);
        assertThatThrownBy(() -> Chart.line("Ack.", "Månad", "mnkr", MONTHS,
                List.of(new Chart.Series("Utfall", d("1", "2"))))).as("short by mistake")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.stackedBar("S", "", "mnkr", MONTHS,
                List.of(Chart.Series.partial("Del", d("1"))))).as("a stack needs every part")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.line("Ack.", "Månad", "mnkr", MONTHS,
                List.of(Chart.Series.partial("Utfall", d("1", "2", "3", "4", "5"))))).as("longer than the axis")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIndexLineStartsItsAxisBelowItsValuesButBarsAndSignedLinesStartAtZero() {
        Chart index = Chart.line("Index", "", "Index", MONTHS, List.of(new Chart.Series("P", d("100", "97", "104", "110"))));
        assertThat(index.valueAxisFloor()).hasValueSatisfying(f -> assertThat(f).isLessThan(new BigDecimal("97"))
                .isGreaterThan(BigDecimal.ZERO));
        Chart bars = Chart.bar("Index", "", "Index", MONTHS, List.of(new Chart.Series("P", d("100", "97", "104", "110"))));
        assertThat(bars.valueAxisFloor()).isEmpty();
        Chart result = Chart.line("Resultat", "", "mnkr", MONTHS, List.of(new Chart.Series("R", d("-50", "20", "75", "90"))));
        assertThat(result.valueAxisFloor()).isEmpty();
    }
}
