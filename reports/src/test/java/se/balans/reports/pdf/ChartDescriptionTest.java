package se.balans.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.reports.chart.Chart;
import se.balans.reports.text.Language;

/** A chart's alternative text says in words what the chart shows, from its own data. */
class ChartDescriptionTest {
    static List<BigDecimal> values(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    @Test
    void aLineChartNamesEachSeriesWithItsValuePerCategoryAndAPartialSeriesOnlyAsFarAsItGoes() {
        Chart c = Chart.line("Nettokostnad per månad (mnkr)", "Månad", "mnkr", List.of("jan", "feb", "mar"),
                List.of(Chart.Series.partial("Utfall 2026", values("-312.04", "-1250.5")),
                        new Chart.Series("Budget 2026", values("-300", "-310", "-320"))));
        assertThat(ChartDescription.of(c, Language.SV)).isEqualTo("Linjediagram: Nettokostnad per månad (mnkr). "
                + "Värden i mnkr. Utfall 2026: jan \u2212312,0; feb \u22121 250,5. "
                + "Budget 2026: jan \u2212300,0; feb \u2212310,0; mar \u2212320,0.");
        assertThat(ChartDescription.of(c, Language.EN)).startsWith("Line chart: Nettokostnad per månad (mnkr). "
                + "Values in mnkr. Utfall 2026: jan \u2212312.0; feb \u22121,250.5.");
    }

    @Test
    void aWaterfallGoesFromItsOpeningTotalThroughTheSignedChangesToItsClosingTotal() {
        Chart c = Chart.waterfall("Från ram 2024 till ram 2025", "mnkr", "Ram 2024", new BigDecimal("10600"),
                List.of("Indexuppräkning", "Besparing", "Oförändrat"), values("412.5", "-50", "0"), "Ram 2025",
                new BigDecimal("10962.5"), "Summa");
        assertThat(ChartDescription.of(c, Language.SV)).isEqualTo("Vattenfallsdiagram: Från ram 2024 till ram 2025. "
                + "Värden i mnkr. Från Ram 2024 10 600,0 via Indexuppräkning +412,5, Besparing \u221250,0, "
                + "Oförändrat 0,0 till Ram 2025 10 962,5.");
        assertThat(ChartDescription.of(c, Language.EN)).contains("From Ram 2024 10,600.0 through Indexuppräkning +412.5");
    }

    @Test
    void barChartsSayWhichKindTheyAreAndATitleEndingInAMarkGetsNoSecondOne() {
        Chart bar = Chart.bar("Ram per nämnd?", "", "", List.of("Regionstyrelsen"),
                List.of(new Chart.Series("Ram", values("1234.56"))));
        assertThat(ChartDescription.of(bar, Language.SV)).isEqualTo("Stapeldiagram: Ram per nämnd? Ram: Regionstyrelsen 1 234,6.");
        Chart stacked = Chart.stackedBar("Underskott", "År", "mnkr", List.of("2025"),
                List.of(new Chart.Series("Från 2023", values("-1"))));
        assertThat(ChartDescription.of(stacked, Language.EN)).startsWith("Stacked bar chart: Underskott. Values in mnkr.");
    }
}
