package se.balans.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Consumer;

import picocli.CommandLine.Option;
import se.balans.reports.output.CsvRenderer;
import se.balans.reports.output.JsonRenderer;
import se.balans.reports.output.ReportData;

/**
 * {@code --format table|csv|json}, for every command that prints report data: the tables for
 * people, or the report data's CSV records or JSON document for programs. The commands build the
 * report data; how CSV and JSON look is the renderers' business.
 */
public final class FormatOption {
    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default, for people), csv or json (for programs: amounts in mnkr, rates, "
                    + "shares and ratios as fractions).")
    OutputFormat format = OutputFormat.table;

    public OutputFormat format() {
        return format;
    }

    /**
     * Prints the report in the chosen format and flushes.
     *
     * @param table prints the tables for people
     */
    public void print(PrintWriter out, ReportData data, Consumer<PrintWriter> table) throws IOException {
        switch (format) {
            case table -> table.accept(out);
            case csv -> CsvRenderer.write(data.records(), out);
            case json -> JsonRenderer.write(data.document(), out);
        }
        out.flush();
    }
}
