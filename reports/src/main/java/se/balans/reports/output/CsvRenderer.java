package se.balans.reports.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;

/**
 * Writes a keyed {@link Table} as CSV (RFC 4180 quoting, ',' between fields, '\n' after each record
 * whatever the platform): a header of the table's machine keys, then one record per row that is
 * not a heading: the row's key, then each cell as {@link MachineNumbers#text(Cell)} gives it. The
 * only CSV writer of the command output.
 */
public final class CsvRenderer {
    private CsvRenderer() {
    }

    /**
     * Writes the table and flushes; {@code out} stays open (it is usually stdout).
     *
     * @throws IllegalArgumentException if the table has no machine keys
     */
    public static void write(Table table, Appendable out) throws IOException {
        Table.Keys keys = table.keys().orElseThrow(() -> new IllegalArgumentException(
                "table '" + table.title() + "' has no machine keys to write as CSV"));
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(keys.all().toArray(String[]::new)).get();
        // Not closed: closing a CSVPrinter closes what it prints to.
        CSVPrinter p = new CSVPrinter(out, format);
        for (Row r : table.rows()) {
            if (r.style() == Row.Style.HEADING) {
                continue;
            }
            List<String> record = new ArrayList<>();
            record.add(r.key().orElseThrow());
            for (Cell c : r.cells()) {
                record.add(MachineNumbers.text(c));
            }
            p.printRecord(record);
        }
        p.flush();
    }

    /** The table as CSV text. */
    public static String render(Table table) {
        StringWriter s = new StringWriter();
        try {
            write(table, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return s.toString();
    }
}
