package se.balans.reports.output;

import se.balans.reports.table.Table;

/**
 * A report's data in the two forms programs read: a flat keyed table (one CSV record per row)
 * and a structured document (JSON). One implementation per report knows its keys; the renderers
 * know the formats.
 */
public interface ReportData {

    /** The flat form: a table with machine keys, for {@link CsvRenderer}. */
    Table records();

    /** The structured form, for {@link JsonRenderer}. */
    Data document();
}
