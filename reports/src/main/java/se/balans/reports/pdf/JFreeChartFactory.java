package se.balans.reports.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;

import se.balans.reports.chart.Chart;
import se.balans.reports.chart.ChartColors;
import se.balans.reports.chart.WaterfallLayout;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;

/**
 * Draws the report's {@link Chart} model with JFreeChart for the PDF, in the same colours and with
 * the same waterfall layout as the workbook's native charts, and with the report's typeface so the
 * chart text embeds like the page text.
 */
final class JFreeChartFactory {
    /** Category labels longer than this are slanted on a vertical chart. */
    private static final int LONG_LABEL = 9;
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private JFreeChartFactory() {
    }

    static JFreeChart create(Chart chart, Language language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Key> categories = keys(chart.categories());
        PlotOrientation orientation = chart.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        JFreeChart jf;
        WaterfallLayout waterfall = null;
        if (chart.kind() == Chart.Kind.WATERFALL) {
            waterfall = WaterfallLayout.of(chart);
            for (int s = 0; s < waterfall.parts().size(); s++) {
                WaterfallLayout.PartSeries p = waterfall.parts().get(s);
                add(data, new Key(s, p.part().name()), categories, p.values());
            }
            jf = ChartFactory.createStackedBarChart(chart.title(), chart.categoryAxisLabel(), chart.valueAxisLabel(),
                    data, orientation, false, false, false);
        } else {
            List<Key> series = keys(chart.series().stream().map(Chart.Series::name).toList());
            for (int s = 0; s < series.size(); s++) {
                add(data, series.get(s), categories, chart.series().get(s).values());
            }
            jf = switch (chart.kind()) {
                case LINE -> ChartFactory.createLineChart(chart.title(), chart.categoryAxisLabel(),
                        chart.valueAxisLabel(), data, orientation, true, false, false);
                case STACKED_BAR -> ChartFactory.createStackedBarChart(chart.title(), chart.categoryAxisLabel(),
                        chart.valueAxisLabel(), data, orientation, true, false, false);
                default -> ChartFactory.createBarChart(chart.title(), chart.categoryAxisLabel(),
                        chart.valueAxisLabel(), data, orientation, true, false, false);
            };
        }
        theme().apply(jf);
        CategoryPlot plot = jf.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(color(ChartColors.GRID));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.DARK_GRAY);
        if (chart.horizontal()) {
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(axisFormat(language));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setMaximumCategoryLabelLines(2);
        domain.setCategoryMargin(0.15);
        if (!chart.horizontal() && chart.categories().stream().anyMatch(c -> c.length() > LONG_LABEL)) {
            // Upright labels would be broken inside words ("Indexuppräk-ning"); slanted ones stay whole.
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryItemRenderer r = plot.getRenderer();
        if (r instanceof BarRenderer bar) {
            bar.setBarPainter(new StandardBarPainter());
            bar.setShadowVisible(false);
            bar.setDrawBarOutline(false);
            bar.setItemMargin(0.05);
            if (chart.horizontal()) {
                // Committees side by side: a small committee's bar is a sliver, so each bar says its value.
                bar.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
                        axisFormat(language)));
                bar.setDefaultItemLabelFont(PdfFonts.awt(false, 6.5f));
                bar.setDefaultItemLabelsVisible(true);
            }
        }
        if (r instanceof LineAndShapeRenderer line) {
            line.setDefaultShapesVisible(true);
            line.setAutoPopulateSeriesStroke(false);
            line.setDefaultStroke(new BasicStroke(2f));
        }
        java.util.Optional<BigDecimal> floor = chart.valueAxisFloor();
        floor.ifPresent(f -> {
            range.setAutoRangeIncludesZero(false);
            range.setLowerBound(f.doubleValue());
        });
        if (waterfall != null) {
            for (int s = 0; s < waterfall.parts().size(); s++) {
                WaterfallLayout.PartSeries p = waterfall.parts().get(s);
                byte[] c = ChartColors.waterfall(p.part());
                r.setSeriesPaint(s, c == null ? TRANSPARENT : color(c));
            }
            jf.addLegend(waterfallLegend(jf, waterfall, chart, language));
        } else {
            for (int s = 0; s < chart.series().size(); s++) {
                r.setSeriesPaint(s, color(ChartColors.series(s)));
            }
        }
        tickUnit(plot, range, language, floor);
        LegendTitle legend = jf.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(PdfFonts.awt(false, 8f));
        }
        jf.setBackgroundPaint(Color.WHITE);
        jf.setAntiAlias(true);
        return jf;
    }

    /** A legend of the visible waterfall parts only: the invisible base and split parts are left out. */
    private static LegendTitle waterfallLegend(JFreeChart jf, WaterfallLayout layout, Chart chart, Language language) {
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        se.balans.reports.text.Labels labels = se.balans.reports.text.Labels.of(language);
        for (WaterfallLayout.PartSeries p : layout.parts()) {
            if (p.inLegend()) {
                org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(
                        labels.get("chart.waterfall." + p.part().name().toLowerCase(Locale.ROOT)),
                        color(ChartColors.waterfall(p.part())));
                items.add(item);
            }
        }
        org.jfree.chart.LegendItemSource source = () -> items;
        return new LegendTitle(source);
    }

    /**
     * About six ticks over the data: JFreeChart's own choice packs a label every few points on
     * a chart this size, which is hard to read.
     */
    private static void tickUnit(CategoryPlot plot, NumberAxis axis, Language language,
                                 java.util.Optional<BigDecimal> floor) {
        Range data = plot.getDataRange(axis);
        if (data == null) {
            return;
        }
        double low = floor.isPresent() ? floor.get().doubleValue() : Math.min(0, data.getLowerBound());
        double length = Math.max(data.getUpperBound(), 0) - low;
        if (length <= 0) {
            return;
        }
        double raw = length / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                unit = m * magnitude;
                break;
            }
        }
        axis.setTickUnit(new NumberTickUnit(unit, axisFormat(language)));
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("Balans");
        t.setExtraLargeFont(PdfFonts.awt(true, 11f));
        t.setLargeFont(PdfFonts.awt(true, 8.5f));
        t.setRegularFont(PdfFonts.awt(false, 8f));
        t.setSmallFont(PdfFonts.awt(false, 7.5f));
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setChartBackgroundPaint(Color.WHITE);
        return t;
    }

    /** Axis numbers as the tables show them: Swedish grouping and the typographic minus sign. */
    static DecimalFormat axisFormat(Language language) {
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean sv = language == Language.SV;
        sym.setGroupingSeparator(sv ? ' ' : ',');
        sym.setDecimalSeparator(sv ? ',' : '.');
        sym.setMinusSign(NumberStyle.MINUS);
        DecimalFormat f = new DecimalFormat("#,##0.#", sym);
        f.setGroupingUsed(true);
        return f;
    }

    /** A series' values; categories after a partial series' last value get no value (a gap, no bar). */
    private static void add(DefaultCategoryDataset data, Key series, List<Key> categories, List<BigDecimal> values) {
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(i < values.size() ? values.get(i).doubleValue() : null, series, categories.get(i));
        }
    }

    private static List<Key> keys(List<String> labels) {
        List<Key> keys = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            keys.add(new Key(i, labels.get(i)));
        }
        return keys;
    }

    private static Color color(byte[] rgb) {
        return new Color(ChartColors.packed(rgb));
    }

    /** A dataset key that keeps its position, so two equal labels stay two categories. */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
