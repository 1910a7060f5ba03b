package se.balans.reports.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLegendEntry;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

import se.balans.reports.chart.Chart;
import se.balans.reports.chart.ChartColors;
import se.balans.reports.chart.WaterfallLayout;
import se.balans.reports.text.Labels;
import se.balans.reports.xlsx.XlsxStyles.Kind;

/**
 * Native Excel charts (DrawingML through POI's XDDF) over a block of cells written under each
 * chart: the reader sees the figures the chart shows and can change them, restyle the chart or
 * copy it into a presentation.
 */
final class XlsxCharts {
    /** Writes a text cell. */
    interface TextSink {
        void text(int row, int column, String value, Kind kind);
    }

    /** Writes an amount cell in mnkr. */
    interface AmountSink {
        void amount(int row, int column, BigDecimal mnkr, boolean total);
    }

    /** The rows a chart covers; its data block starts one row below. */
    static final int CHART_ROWS = 22;
    /** The columns a chart spans, from the first. */
    static final int CHART_COLUMNS = 5;

    private final XSSFSheet sheet;
    private final Labels labels;
    private XSSFDrawing drawing;

    XlsxCharts(XSSFSheet sheet, Labels labels) {
        this.sheet = sheet;
        this.labels = labels;
    }

    /** Draws the chart at {@code row} with its data below it; returns the first free row after both. */
    int add(Chart chart, int row, TextSink text, AmountSink amount) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        int dataRow = row + CHART_ROWS + 1;
        List<String> names = new ArrayList<>();
        List<List<BigDecimal>> columns = new ArrayList<>();
        List<WaterfallLayout.PartSeries> parts = List.of();
        if (chart.kind() == Chart.Kind.WATERFALL) {
            WaterfallLayout layout = WaterfallLayout.of(chart);
            parts = layout.parts();
            names.add(labels.get("chart.waterfall.value"));
            columns.add(chart.series().get(0).values());
            for (WaterfallLayout.PartSeries p : parts) {
                names.add(labels.get("chart.waterfall." + p.part().name().toLowerCase(java.util.Locale.ROOT)));
                columns.add(p.values());
            }
        } else {
            for (Chart.Series s : chart.series()) {
                names.add(s.name());
                columns.add(s.values());
            }
        }
        // The data block: a title, a header row, one row per category.
        text.text(dataRow, 0, labels.format("report.chart_data", chart.title()), Kind.NOTE);
        int header = dataRow + 1;
        text.text(header, 0, chart.categoryAxisLabel(), Kind.HEADER_LEFT);
        for (int s = 0; s < names.size(); s++) {
            text.text(header, s + 1, names.get(s), Kind.HEADER);
        }
        int first = header + 1;
        int n = chart.categories().size();
        for (int i = 0; i < n; i++) {
            text.text(first + i, 0, chart.categories().get(i), Kind.LABEL);
            for (int s = 0; s < columns.size(); s++) {
                // A partial series leaves its later cells empty: the chart shows a gap, not a zero.
                if (i < columns.get(s).size()) {
                    amount.amount(first + i, s + 1, columns.get(s).get(i), false);
                }
            }
        }
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, first + n - 1, 0, 0));

        // Start a few points into the row: a frame exactly on a page's top edge is printed at the foot of the page before.
        XSSFClientAnchor anchor = drawing.createAnchor(0, org.apache.poi.util.Units.EMU_PER_POINT * 4, 0, 0, 0, row,
                CHART_COLUMNS, row + CHART_ROWS);
        XSSFChart c = drawing.createChart(anchor);
        c.setTitleText(chart.title());
        c.setTitleOverlay(false);
        c.setAutoTitleDeleted(false);
        XDDFChartLegend legend = c.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        legend.setOverlay(false);

        XDDFCategoryAxis catAxis = c.createCategoryAxis(chart.horizontal() ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valAxis = c.createValueAxis(chart.horizontal() ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        if (!chart.categoryAxisLabel().isEmpty()) {
            catAxis.setTitle(chart.categoryAxisLabel());
        }
        catAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        if (chart.horizontal()) {
            // Excel draws the first category at the bottom; the table reads top-down, so should the bars.
            catAxis.setOrientation(AxisOrientation.MAX_MIN);
        }
        valAxis.setTitle(chart.valueAxisLabel());
        valAxis.setCrosses(chart.horizontal() ? AxisCrosses.MAX : AxisCrosses.AUTO_ZERO);
        valAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valAxis.setNumberFormat(XlsxStyles.numberFormat(labels.language() == se.balans.reports.text.Language.SV
                ? XlsxStyles.SWEDISH : XlsxStyles.ENGLISH, 0));
        XDDFLineProperties grid = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(ChartColors.GRID)));
        valAxis.getOrAddMajorGridProperties().setLineProperties(grid);

        XDDFChartData data;
        if (chart.kind() == Chart.Kind.LINE) {
            XDDFLineChartData line = (XDDFLineChartData) c.createData(ChartTypes.LINE, catAxis, valAxis);
            line.setGrouping(Grouping.STANDARD);
            line.setVaryColors(false);
            data = line;
        } else {
            XDDFBarChartData bar = (XDDFBarChartData) c.createData(ChartTypes.BAR, catAxis, valAxis);
            bar.setBarDirection(chart.horizontal() ? BarDirection.BAR : BarDirection.COL);
            boolean stacked = chart.kind() != Chart.Kind.BAR;
            bar.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
            bar.setVaryColors(false);
            barSpacing(c.getCTChart().getPlotArea().getBarChartArray(0), stacked ? 100 : 0, 60);
            data = bar;
        }
        int firstColumn = chart.kind() == Chart.Kind.WATERFALL ? 2 : 1;
        int seriesCount = chart.kind() == Chart.Kind.WATERFALL ? parts.size() : chart.series().size();
        for (int s = 0; s < seriesCount; s++) {
            int col = firstColumn + s;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, first + n - 1, col, col));
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(names.get(col - 1), new CellReference(sheet.getSheetName(), header, col, true, true));
            byte[] color = chart.kind() == Chart.Kind.WATERFALL
                    ? ChartColors.waterfall(parts.get(s).part()) : ChartColors.series(s);
            style(series, chart.kind(), color);
        }
        c.plot(data);
        if (chart.horizontal()) {
            // Committees side by side: a small committee's bar is a sliver, so each bar says its value (as the PDF).
            for (org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer ser
                    : c.getCTChart().getPlotArea().getBarChartArray(0).getSerList()) {
                valueLabels(ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls());
            }
        }
        // Empty cells are gaps (the file format's default would draw them as zero).
        CTChart ct = c.getCTChart();
        (ct.isSetDispBlanksAs() ? ct.getDispBlanksAs() : ct.addNewDispBlanksAs()).setVal(STDispBlanksAs.GAP);
        chart.valueAxisFloor().ifPresent(f -> valAxis.setMinimum(f.doubleValue()));
        if (chart.kind() == Chart.Kind.WATERFALL) {
            for (int s = 0; s < parts.size(); s++) {
                if (!parts.get(s).inLegend()) {
                    XDDFLegendEntry e = legend.addEntry();
                    e.setIndex(s);
                    e.setDelete(true);
                }
            }
        }
        return first + n + 1;
    }

    /**
     * Overlap (100 % for stacked bars, or Excel draws the parts beside each other) and gap width.
     * Set as attribute text because the lite schema jar POI ships lacks these two union types.
     */
    private static void barSpacing(org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart ct, int overlap,
                                   int gap) {
        javax.xml.namespace.QName val = new javax.xml.namespace.QName("val");
        try (org.apache.xmlbeans.XmlCursor g = (ct.isSetGapWidth() ? ct.getGapWidth() : ct.addNewGapWidth()).newCursor()) {
            g.setAttributeText(val, Integer.toString(gap));
        }
        try (org.apache.xmlbeans.XmlCursor o = (!ct.isSetOverlap() ? ct.addNewOverlap()
                : ct.getOverlap()).newCursor()) {
            o.setAttributeText(val, Integer.toString(overlap));
        }
    }

    private static void style(XDDFChartData.Series series, Chart.Kind kind, byte[] color) {
        XDDFShapeProperties sp = new XDDFShapeProperties();
        if (color == null) {
            sp.setFillProperties(new XDDFNoFillProperties());
            sp.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        } else if (kind == Chart.Kind.LINE) {
            XDDFLineProperties lp = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
            lp.setWidth(2.25);
            sp.setLineProperties(lp);
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) series;
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
        } else {
            sp.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
            sp.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.WHITE))));
        }
        series.setShapeProperties(sp);
    }

    /** Data labels that show each bar's value, one decimal at most, and nothing else. */
    private static void valueLabels(org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls d) {
        var fmt = d.isSetNumFmt() ? d.getNumFmt() : d.addNewNumFmt();
        fmt.setFormatCode("#,##0.#");
        fmt.setSourceLinked(false);
        (d.isSetShowLegendKey() ? d.getShowLegendKey() : d.addNewShowLegendKey()).setVal(false);
        (d.isSetShowVal() ? d.getShowVal() : d.addNewShowVal()).setVal(true);
        (d.isSetShowCatName() ? d.getShowCatName() : d.addNewShowCatName()).setVal(false);
        (d.isSetShowSerName() ? d.getShowSerName() : d.addNewShowSerName()).setVal(false);
        (d.isSetShowPercent() ? d.getShowPercent() : d.addNewShowPercent()).setVal(false);
        (d.isSetShowBubbleSize() ? d.getShowBubbleSize() : d.addNewShowBubbleSize()).setVal(false);
    }
}
