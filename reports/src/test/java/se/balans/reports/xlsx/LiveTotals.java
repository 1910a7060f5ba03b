package se.balans.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.balans.reports.ExternalTools;

/**
 * A workbook's totals as LibreOffice Calc computes and shows them, beside what the workbook stored: the
 * check that a live workbook adds up for a reader whatever program opens it. Also the CLI's (test-jar).
 *
 * <p>LibreOffice does not recompute the stored results of an xlsx on load unless told to: its profile
 * here sets {@code /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode} to 0 ("always recalculate",
 * the option Tools › Options › Calc › Formula › "Recalculation on file load"). To be sure it did, the
 * copy it opens has every stored formula result replaced by {@link #SENTINEL}: a total still showing that
 * was not recalculated. Each sheet is then saved as CSV with its cells as shown (the filter's
 * "save cell contents as shown" and "all sheets" options), so a total is compared as the reader sees it.
 */
public final class LiveTotals {
    /** Stored in place of every formula's result in the copy LibreOffice opens. */
    public static final double SENTINEL = 987654.3;
    private static final Pattern REF = Pattern.compile("([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?");

    private LiveTotals() {
    }

    /**
     * One formula cell: where it is, its formula, the result the workbook stored, what LibreOffice shows
     * after recalculating, and the sum of what LibreOffice shows in the cells it adds (subtracted ones
     * subtracted).
     */
    public record Total(String sheet, String cell, String formula, double stored, String shown, BigDecimal shownValue,
                        BigDecimal sumOfShownTerms, List<String> terms) {
    }

    /** The workbook's formula cells recalculated by LibreOffice, and every cell LibreOffice shows, by sheet. */
    public record Result(List<Total> totals, List<String> shownCells) {
    }

    /** Recalculates {@code xlsx} in LibreOffice (skipped where soffice is missing) and reads its totals. */
    public static Result recalculate(Path workDir, Path xlsx) throws IOException, InterruptedException {
        ExternalTools.require("soffice");
        String name = xlsx.getFileName().toString().replaceAll("\\.xlsx$", "");
        Path dir = Files.createDirectories(workDir.resolve("live-" + name));
        Path stale = dir.resolve(name + ".xlsx");
        List<Total> formulas = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                sheets.add(sheet.getSheetName());
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        XSSFCell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            formulas.add(new Total(sheet.getSheetName(), new CellReference(r, c).formatAsString(),
                                    cell.getCellFormula(), cell.getNumericCellValue(), null, null, null, List.of()));
                            cell.setCellValue(SENTINEL);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(stale)) {
                wb.write(out);
            }
        }
        Path profile = dir.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user").resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
        Path csv = Files.createDirectories(dir.resolve("csv"));
        // Comma, double quote, UTF-8, from line 1, standard cells, …, contents as shown, every sheet to its own file.
        ExternalTools.Result r = ExternalTools.run(dir, 300, "soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", csv.toString(), stale.toString());
        List<List<List<String>>> shown = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String sheet : sheets) {
            Path file = csv.resolve(name + "-" + sheet + ".csv");
            assertThat(file).as("soffice said: " + r.output()).exists();
            List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
            shown.add(rows);
            rows.forEach(all::addAll);
        }
        List<Total> totals = new ArrayList<>();
        for (Total f : formulas) {
            List<List<String>> rows = shown.get(sheets.indexOf(f.sheet()));
            CellReference at = new CellReference(f.cell());
            String text = at(rows, at.getRow(), at.getCol());
            BigDecimal sum = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            // SUM(B5:B9,B11)-SUM(B13): the refs before a "-SUM(" are added, after it subtracted.
            int minusAt = f.formula().indexOf("-SUM(");
            Matcher m = REF.matcher(f.formula());
            while (m.find()) {
                boolean subtracted = minusAt >= 0 && m.start() > minusAt;
                int col = CellReference.convertColStringToIndex(m.group(1));
                int from = Integer.parseInt(m.group(2)) - 1;
                int to = m.group(4) == null ? from : Integer.parseInt(m.group(4)) - 1;
                for (int row = from; row <= to; row++) {
                    String term = at(rows, row, col);
                    terms.add((subtracted ? "-" : "+") + term);
                    BigDecimal v = term.isBlank() ? BigDecimal.ZERO : number(term);
                    sum = subtracted ? sum.subtract(v) : sum.add(v);
                }
            }
            totals.add(new Total(f.sheet(), f.cell(), f.formula(), f.stored(), text, text.isBlank() ? null : number(text),
                    sum, terms));
        }
        return new Result(totals, all);
    }

    /**
     * Every total was recalculated by LibreOffice, shows the sum of what the cells it adds show and the
     * result the workbook stored (at the decimals it shows), and no cell shows a negative zero.
     */
    public static void assertAddUp(String name, Result r) {
        for (Total t : r.totals()) {
            String where = name + " " + t.sheet() + "!" + t.cell() + " = " + t.formula() + " over " + t.terms();
            assertThat(t.shownValue()).as(where + " shows a figure").isNotNull();
            assertThat(t.shownValue().doubleValue()).as(where + " was recalculated").isNotEqualTo(SENTINEL);
            assertThat(t.shownValue()).as(where + " against the sum of what its cells show")
                    .isEqualByComparingTo(t.sumOfShownTerms());
            assertThat(t.shownValue()).as(where + " against the stored result").isEqualByComparingTo(
                    BigDecimal.valueOf(t.stored()).setScale(t.shownValue().scale(), java.math.RoundingMode.HALF_UP));
        }
        assertThat(r.shownCells()).as(name + ": no negative zero")
                .noneMatch(c -> c.strip().matches("[\u2212-]0([.,]0+)?\\s*%?"));
    }

    private static String at(List<List<String>> rows, int r, int c) {
        return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : "";
    }

    /** A figure as shown ("−1 234,5", "1,234.5", "2,5 %") as a number. */
    public static BigDecimal number(String shown) {
        String s = shown.replaceAll("[\\s\u00a0\u202f%]", "").replace('\u2212', '-');
        if (s.contains(",") && !s.contains(".")) {
            s = s.replace(',', '.');
        } else {
            s = s.replace(",", "");
        }
        return new BigDecimal(s);
    }

    /** RFC 4180 as LibreOffice writes it: quoted fields may hold commas, quotes doubled, and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
