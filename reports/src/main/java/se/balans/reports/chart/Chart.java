package se.balans.reports.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A chart (diagram) as data: categories along one axis, one or more series of values along the
 * other. The same chart is drawn natively in the workbook (an editable Excel chart over cells
 * holding these values) and by JFreeChart in the PDF, so the two always show the same thing.
 *
 * <p>Values are in the unit named by {@code valueAxisLabel} (mnkr for amounts), exact as the engine
 * computed them; renderers convert to floating point only to draw.
 *
 * @param kind how the series are drawn
 * @param categoryAxisLabel e.g. "År"; may be empty
 * @param valueAxisLabel e.g. "mnkr"
 * @param categories the category labels, in order (years, committees, bridge steps)
 * @param series one or more series, each with one value per category; a waterfall has exactly one.
 *        A {@link Series#partial partial} series of a line or bar chart may stop before the last
 *        category
 */
public record Chart(Kind kind, String title, String categoryAxisLabel, String valueAxisLabel,
                    List<String> categories, List<Series> series) {

    /** How a chart draws its series. */
    public enum Kind {
        /** Lines over ordered categories (months, years). */
        LINE,
        /** Bars side by side per category. */
        BAR,
        /** Bars stacked per category: parts of a whole, e.g. the unrestored deficit by year of origin. */
        STACKED_BAR,
        /**
         * A bridge from an opening total to a closing total: the single series holds the opening
         * total first, the changes in between and the closing total last.
         */
        WATERFALL
    }

    /**
     * A named series with one value per category.
     *
     * @param partial whether the series may stop before the last category ({@link #partial})
     */
    public record Series(String name, List<BigDecimal> values, boolean partial) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }

        public Series(String name, List<BigDecimal> values) {
            this(name, values, false);
        }

        /**
         * A series that may stop before the last category, in a line or bar chart: the outcome to
         * date drawn against a full year's budget leaves the months still to come empty rather
         * than drawing them as zero. Said explicitly, so that a series that is short by mistake is
         * still an error.
         */
        public static Series partial(String name, List<BigDecimal> values) {
            return new Series(name, values, true);
        }
    }

    public Chart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryAxisLabel, "categoryAxisLabel");
        Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' has no categories");
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' has no series");
        }
        boolean partialAllowed = kind == Kind.LINE || kind == Kind.BAR;
        for (Series s : series) {
            if (s.partial() && !partialAllowed) {
                throw new IllegalArgumentException("series '" + s.name() + "' of chart '" + title
                        + "': only line and bar charts may have a series that stops early");
            }
            boolean partial = s.partial() && !s.values().isEmpty() && s.values().size() < categories.size();
            if (s.values().size() != categories.size() && !partial) {
                throw new IllegalArgumentException("series '" + s.name() + "' of chart '" + title + "' has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
        if (kind == Kind.WATERFALL && (series.size() != 1 || categories.size() < 2)) {
            throw new IllegalArgumentException("a waterfall has one series with an opening and a closing total");
        }
    }

    /**
     * Where the value axis starts when it should not start at zero: a line chart whose values all
     * lie far above zero (an index around 100) would otherwise be a flat line at the top of an
     * empty plot; a waterfall's floor is its layout's. Bars always start at zero, since their
     * length is the value. Both renderers ask this, so they agree.
     */
    public java.util.Optional<BigDecimal> valueAxisFloor() {
        return switch (kind) {
            case WATERFALL -> WaterfallLayout.of(this).axisFloor();
            case LINE -> {
                List<BigDecimal> all = series.stream().flatMap(s -> s.values().stream()).toList();
                yield WaterfallLayout.floor(all.stream().reduce(BigDecimal::min).orElseThrow(),
                        all.stream().reduce(BigDecimal::max).orElseThrow());
            }
            default -> java.util.Optional.empty();
        };
    }

    /** Category labels longer than this turn a bar chart on its side, so names stay readable. */
    static final int LONG_CATEGORY = 12;

    /**
     * Whether bars run horizontally: for bar charts over long names (committees), whose labels
     * would otherwise overlap under the bars. Both renderers ask this, so they agree.
     */
    public boolean horizontal() {
        return kind == Kind.BAR && categories.stream().anyMatch(c -> c.length() > LONG_CATEGORY);
    }

    public static Chart line(String title, String categoryAxisLabel, String valueAxisLabel, List<String> categories,
                             List<Series> series) {
        return new Chart(Kind.LINE, title, categoryAxisLabel, valueAxisLabel, categories, series);
    }

    public static Chart bar(String title, String categoryAxisLabel, String valueAxisLabel, List<String> categories,
                            List<Series> series) {
        return new Chart(Kind.BAR, title, categoryAxisLabel, valueAxisLabel, categories, series);
    }

    public static Chart stackedBar(String title, String categoryAxisLabel, String valueAxisLabel,
                                   List<String> categories, List<Series> series) {
        return new Chart(Kind.STACKED_BAR, title, categoryAxisLabel, valueAxisLabel, categories, series);
    }

    /**
     * A bridge: {@code steps} are the category labels of the changes, {@code opening} and {@code closing}
     * the totals at either end.
     */
    public static Chart waterfall(String title, String valueAxisLabel, String openingLabel, BigDecimal opening,
                                  List<String> steps, List<BigDecimal> changes, String closingLabel,
                                  BigDecimal closing, String seriesName) {
        if (steps.size() != changes.size()) {
            throw new IllegalArgumentException("waterfall '" + title + "': " + steps.size() + " steps, "
                    + changes.size() + " changes");
        }
        List<String> cats = new java.util.ArrayList<>();
        List<BigDecimal> vals = new java.util.ArrayList<>();
        cats.add(openingLabel);
        vals.add(opening);
        cats.addAll(steps);
        vals.addAll(changes);
        cats.add(closingLabel);
        vals.add(closing);
        return new Chart(Kind.WATERFALL, title, "", valueAxisLabel, cats, List.of(new Series(seriesName, vals)));
    }
}
