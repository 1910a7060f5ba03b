package se.balans.reports.document;

import java.util.List;
import java.util.Objects;

import se.balans.reports.chart.Chart;
import se.balans.reports.table.Table;

/**
 * A part of a report (avsnitt): a sheet in the workbook, a run of pages in the PDF. Text comes
 * first (a summary in words, as the board reads it), then the tables, then the charts that
 * illustrate them, so a reader sees the figures before the picture.
 *
 * @param title the section's heading
 * @param shortTitle a short name for the workbook's sheet tab (at most 31 characters, as Excel allows)
 * @param paragraphs running text, one paragraph per element; usually none
 */
public record Section(String title, String shortTitle, List<String> paragraphs, List<Table> tables,
                      List<Chart> charts) {
    /** Excel's limit on a sheet name. */
    public static final int MAX_SHORT_TITLE = 31;

    public Section {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortTitle, "shortTitle");
        if (shortTitle.isBlank() || shortTitle.length() > MAX_SHORT_TITLE) {
            throw new IllegalArgumentException("a section's short title must have 1–31 characters, got '" + shortTitle + "'");
        }
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("section '" + title + "' has an empty paragraph");
        }
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A section of tables and charts only. */
    public Section(String title, String shortTitle, List<Table> tables, List<Chart> charts) {
        this(title, shortTitle, List.of(), tables, charts);
    }
}
