package se.balans.io.history;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.money.Money;
import se.balans.io.InputFileException;
import se.balans.io.csv.CsvTable;

/**
 * One year recorded into a balance-requirement history ({@code balans year close}): the history's text
 * with that year's row added or replaced, its comments and every other row kept as written, the columns
 * the row needs added. The result is read back and its schedule computed before it is returned, so a
 * history that would not read is never written.
 */
public final class HistoryYear {
    private HistoryYear() {
    }

    /** The {@code status} of a year's row, if the history has the year. */
    public static Optional<String> status(Path file, String text, int year) {
        CsvTable t = table(file, text);
        return t.rows().stream().filter(r -> r.year("year") == year).findFirst()
                .map(r -> r.optionalText("status").orElse(""));
    }

    /**
     * The history's text with {@code in} as the row of its year, marked {@code status}.
     *
     * @throws InputFileException when the year would leave a gap after the history's last year, or the
     *                            history with it does not compute (a reserve used that is not there)
     */
    public static String with(Path file, String text, BalanceRequirementInput in, String status, String note) {
        CsvTable t = table(file, text);
        int year = in.year();
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>(t.header());
        int last = Integer.MIN_VALUE;
        for (CsvTable.Row r : t.rows()) {
            last = Math.max(last, r.year("year"));
            if (r.year("year") == year) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (String c : t.header()) {
                row.put(c, r.optionalText(c).orElse(""));
            }
            rows.add(row);
        }
        if (!t.rows().isEmpty() && year > last + 1) {
            throw new InputFileException(file, null, "year", "the history ends with " + last + "; record "
                    + (last + 1) + (year - 1 > last + 1 ? "–" + (year - 1) : "") + " before " + year);
        }
        // Written as the file is: a file Excel saved in a Swedish locale keeps its semicolons and decimal commas.
        char delimiter = t.delimiter();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("year", String.valueOf(year));
        row.put(BalanceRequirementLine.RESULT.code(), plain(in.result(), delimiter));
        for (BalanceRequirementLine line : BalanceRequirementLine.values()) {
            Money m = in.amounts().get(line);
            if (line != BalanceRequirementLine.RESULT && m != null && !m.isZero()) {
                row.put(line.code(), plain(m, delimiter));
            }
        }
        row.put(BalanceRequirementHistory.SPECIAL_REASONS, plain(in.specialReasons(), delimiter));
        row.put("status", status);
        row.put("note", note);
        columns.addAll(row.keySet());
        rows.add(row);
        rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("year"))));
        String written = comments(text) + csv(columns, rows, delimiter);
        BalanceRequirementHistory.parse(file, written).schedule();
        return written;
    }

    private static CsvTable table(Path file, String text) {
        return CsvTable.parse(file, text, Set.of("year", BalanceRequirementLine.RESULT.code()),
                BalanceRequirementHistory.optionalColumns());
    }

    /** Amounts as the file writes them: mnkr, exact, without trailing zeros. */
    private static String plain(Money m, char delimiter) {
        String s = m.toMnkr().stripTrailingZeros().toPlainString();
        s = s.equals("-0") ? "0" : s;
        return delimiter == ';' ? s.replace('.', ',') : s;
    }

    /** The comment lines before the header, kept as they are. */
    private static String comments(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static String csv(Set<String> columns, List<Map<String, String>> rows, char delimiter) {
        StringWriter w = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator('\n').build();
        try (CSVPrinter p = new CSVPrinter(w, format)) {
            p.printRecord(columns);
            for (Map<String, String> r : rows) {
                List<String> values = new ArrayList<>();
                columns.forEach(c -> values.add(r.getOrDefault(c, "")));
                p.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
