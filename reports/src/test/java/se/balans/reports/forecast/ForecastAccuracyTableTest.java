package se.balans.reports.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.balans.engine.forecast.ForecastAccuracy;
import se.balans.engine.money.Money;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * Region Fjällbo's 2027 ended at +158. After April it forecast 120 (38 too cautious), after August 150 (8 too
 * cautious): the table shows both with their mean 23, and says the forecast was too cautious every time.
 */
class ForecastAccuracyTableTest {
    static final Labels SV = Labels.of(Language.SV);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static ForecastAccuracy.Round round(int month, String forecast, String hsnForecast) {
        return new ForecastAccuracy.Round(YearMonth.of(2027, month),
                Map.of("HSN", new ForecastAccuracy.Estimate(m(hsnForecast), m("1200"), m("1230"), month > 4, true)),
                new ForecastAccuracy.Estimate(m(forecast), m("100"), m("158"), true, false));
    }

    static ForecastAccuracy accuracy(String april, String august) {
        return new ForecastAccuracy(2027, List.of("HSN"), Map.of("HSN", m("1230")), m("158"),
                List.of(round(4, april, "1240"), round(8, august, "1225")));
    }

    @Test
    void theResultPerRoundWithItsMeanAndTheCommitteesWithTheirs() {
        ForecastAccuracy a = accuracy("120", "150");
        Table result = ForecastAccuracyTable.result(a, SV);
        assertThat(result.title()).isEqualTo("Prognossäkerhet 2027: årets resultat per prognosrunda mot utfallet (mnkr)");
        assertThat(a.meanAbsoluteResultDifference()).contains(m("23"));

        Table committees = ForecastAccuracyTable.committees(a, Map.of("HSN", "Hälso- och sjukvårdsnämnden"), SV);
        assertThat(committees.columns()).contains("Efter april", "Efter augusti");
        // HSN had not submitted in April (the proposal stood): marked.
        assertThat(committees.rows().get(0).label()).isEqualTo("Hälso- och sjukvårdsnämnden (förslaget i någon runda)");
    }

    @Test
    void aForecastWrongTheSameWayEveryRoundIsSaid() {
        assertThat(ForecastAccuracyTable.bias(accuracy("120", "150"), SV))
                .contains("Prognosen var för försiktig i alla rundor: året slutade bättre än den förutsåg.");
        assertThat(ForecastAccuracyTable.bias(accuracy("200", "170"), SV)).get().asString().contains("optimistisk");
        assertThat(ForecastAccuracyTable.bias(accuracy("120", "170"), SV)).isEmpty();
    }
}
