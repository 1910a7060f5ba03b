package se.balans.reports.document;

import java.util.List;
import java.util.Objects;

import se.balans.reports.chart.Chart;
import se.balans.reports.table.Table;

/**
 * A part of a report (avsnitt): a sheet in the workbook, a run of pages in the PDF. Tables come
 * first, then the charts that illustrate them, so a reader sees the figures before the picture.
 *
 * @param title the section's heading
 * @param shortTitle a short name for the workbook's sheet tab (at most 31 characters, as Excel allows)
 */
public record Section(String title, String shortTitle, List<Table> tables, List<Chart> charts) {
    /** Excel's limit on a sheet name. */
    public static final int MAX_SHORT_TITLE = 31;

    public Section {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortTitle, "shortTitle");
        if (shortTitle.isBlank() || shortTitle.length() > MAX_SHORT_TITLE) {
            throw new IllegalArgumentException("a section's short title must have 1–31 characters, got '" + shortTitle + "'");
        }
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }
}
