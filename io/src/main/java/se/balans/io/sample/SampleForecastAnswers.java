package se.balans.io.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.balans.engine.forecast.CommitteeForecast;
import se.balans.io.csv.CsvTable;

/**
 * The sample's committees' answers to a forecast round ({@code committee-forecasts.csv}), which the demo
 * fills into the templates it writes, as the committees would in Excel: {@code round,committee,deviation,
 * confidence,comment[,risk,risk_effect][,action,action_effect]} — the deviation from the frame and the
 * effects in mnkr (positive: better), confidence {@code high}, {@code medium} or {@code low}.
 */
public final class SampleForecastAnswers {
    /** The file's name beside the sample's plan. */
    public static final String NAME = "committee-forecasts.csv";

    private SampleForecastAnswers() {
    }

    public static List<CommitteeForecast> read(Path file) {
        CsvTable t = CsvTable.parse(file, CsvTable.readText(file), Set.of("round", "committee", "deviation", "confidence"),
                Set.of("comment", "risk", "risk_effect", "action", "action_effect", "source"));
        List<CommitteeForecast> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String confidence = r.text("confidence");
            CommitteeForecast.Confidence c = r.check("confidence",
                    () -> CommitteeForecast.Confidence.valueOf(confidence.toUpperCase(java.util.Locale.ROOT)));
            List<CommitteeForecast.Item> risks = new ArrayList<>();
            r.optionalText("risk").ifPresent(d -> risks.add(new CommitteeForecast.Item(d, r.mnkr("risk_effect"))));
            List<CommitteeForecast.Item> actions = new ArrayList<>();
            r.optionalText("action").ifPresent(d -> actions.add(new CommitteeForecast.Item(d, r.mnkr("action_effect"))));
            out.add(new CommitteeForecast(r.text("committee"), r.month("round"), r.mnkr("deviation"),
                    r.optionalText("comment").orElse(""), c, risks, actions));
        }
        return out;
    }
}
