package se.balans.cli.output;

import java.io.PrintWriter;
import java.util.Map;

import se.balans.app.closing.StoredClosings;
import se.balans.app.forecast.ShowForecastRound;
import se.balans.cli.LanguageOption;
import se.balans.reports.forecast.ForecastBridgeTable;
import se.balans.reports.forecast.ForecastOfRecordTable;
import se.balans.reports.forecast.ForecastRoundTable;
import se.balans.reports.forecast.ForecastRoundText;
import se.balans.reports.table.TextTableRenderer;
import se.balans.store.ForecastSubmission;

/** A forecast round for people, the same in {@code forecast show} and the demo. */
public final class ForecastRoundPrinter {
    private ForecastRoundPrinter() {
    }

    /**
     * A round for people: the forecast for the region, its range early in the year, the unrealised return kept
     * apart and how computed figures were computed, the committees, the bridge, the committees' comments and
     * forecasts that no longer count. The same in {@code forecast show} and the demo.
     */
    public static void print(PrintWriter o, ShowForecastRound.Result r, LanguageOption lang) {
        Map<String, String> names = StoredClosings.committeeNames(r.closing(), lang.language());
        TextTableRenderer text = new TextTableRenderer(lang.numbers());
        o.println(text.render(ForecastOfRecordTable.of(r.forecast(), lang.labels())));
        r.range().ifPresent(g -> o.println(ForecastRoundText.range(g, lang.labels())));
        ForecastRoundText.unrealised(r.forecast(), lang.labels()).ifPresent(o::println);
        ForecastRoundText.notes(r.forecast()).forEach(o::println);
        o.print(text.render(ForecastRoundTable.of(r.round(), names, lang.labels())));
        r.bridge().ifPresent(b -> {
            o.println();
            o.print(text.render(ForecastBridgeTable.of(b, names, lang.labels())));
        });
        for (ForecastSubmission s : r.submissions()) {
            if (!s.forecast().comment().isBlank()) {
                o.println(names.getOrDefault(s.forecast().committee(), s.forecast().committee()) + ": "
                        + s.forecast().comment());
            }
        }
        for (ForecastSubmission s : r.stale()) {
            o.println(lang.labels().format("forecast.stale", s.forecast().committee(), s.fileName(), s.closingId()));
        }
    }
}
