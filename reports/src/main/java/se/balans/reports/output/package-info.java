/**
 * Output for programs: report data as CSV and JSON.
 *
 * <p>Each report that scripts read has one report-data class (see {@link se.balans.reports.output.ReportData})
 * that knows its machine keys and builds, from the engine's values, a keyed
 * {@link se.balans.reports.table.Table} for CSV and a {@link se.balans.reports.output.Data} tree for JSON.
 * {@link se.balans.reports.output.CsvRenderer} and {@link se.balans.reports.output.JsonRenderer} are the only
 * writers of those formats, so quoting, separators, pretty printing and the number rules of
 * {@link se.balans.reports.output.MachineNumbers} are the same for every command.
 */
package se.balans.reports.output;
