package se.balans.reports.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.balans.reports.chart.Chart;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;

/**
 * A chart in words: the alternative text of its Figure in the tagged PDF, which a screen reader
 * reads instead of the picture. Built from the chart's own data, so it says what the chart shows
 * and nothing else: the kind of chart and its title, the unit, and each series' value per
 * category, in the report's language and number format ("Linjediagram: Resultat 2024–2028.
 * Värden i mnkr. Årets resultat: 2024 143,3; 2025 218,0.").
 */
final class ChartDescription {
    private ChartDescription() {
    }

    static String of(Chart chart, Language language) {
        boolean sv = language == Language.SV;
        NumberStyle numbers = NumberStyle.of(language);
        StringBuilder sb = new StringBuilder();
        sb.append(kind(chart.kind(), sv)).append(": ").append(sentence(chart.title()));
        if (!chart.valueAxisLabel().isBlank()) {
            sb.append(' ').append(sv ? "Värden i " : "Values in ").append(chart.valueAxisLabel().strip()).append('.');
        }
        if (chart.kind() == Chart.Kind.WATERFALL) {
            List<String> cats = chart.categories();
            List<BigDecimal> values = chart.series().get(0).values();
            int last = cats.size() - 1;
            List<String> steps = new ArrayList<>();
            for (int i = 1; i < last; i++) {
                steps.add(cats.get(i) + " " + signed(numbers, values.get(i)));
            }
            sb.append(' ').append(sv ? "Från " : "From ").append(cats.get(0)).append(' ')
                    .append(numbers.number(values.get(0), 1));
            if (!steps.isEmpty()) {
                sb.append(sv ? " via " : " through ").append(String.join(", ", steps));
            }
            sb.append(sv ? " till " : " to ").append(cats.get(last)).append(' ')
                    .append(numbers.number(values.get(last), 1)).append('.');
        } else {
            for (Chart.Series s : chart.series()) {
                List<String> points = new ArrayList<>();
                for (int i = 0; i < s.values().size(); i++) {
                    points.add(chart.categories().get(i) + " " + numbers.number(s.values().get(i), 1));
                }
                sb.append(' ').append(s.name().strip()).append(": ").append(String.join("; ", points)).append('.');
            }
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    private static String kind(Chart.Kind kind, boolean sv) {
        return switch (kind) {
            case LINE -> sv ? "Linjediagram" : "Line chart";
            case BAR -> sv ? "Stapeldiagram" : "Bar chart";
            case STACKED_BAR -> sv ? "Staplat stapeldiagram" : "Stacked bar chart";
            case WATERFALL -> sv ? "Vattenfallsdiagram" : "Waterfall chart";
        };
    }

    /** The title as a sentence: ends with a full stop unless it already ends with a mark. */
    private static String sentence(String title) {
        String t = title.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    /** A change with its sign, as a bridge shows it: "+12,0", "−3,5". */
    private static String signed(NumberStyle numbers, BigDecimal v) {
        String n = numbers.number(v, 1);
        return n.charAt(0) == NumberStyle.MINUS || v.setScale(1, java.math.RoundingMode.HALF_UP).signum() == 0 ? n : "+" + n;
    }
}
