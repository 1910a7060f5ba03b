package se.balans.reports.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written workbook back in the tests, as a reader would look things up. Also the CLI's (test-jar). */
public final class Workbooks {
    private Workbooks() {
    }

    public static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    public static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The cell in the row labelled {@code label} (column A) under the header {@code column}. */
    public static XSSFCell find(XSSFSheet s, String label, String column) {
        int headerColumn = -1;
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            XSSFRow row = s.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 1; c < row.getLastCellNum() && headerColumn < 0; c++) {
                XSSFCell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(column)) {
                    headerColumn = c;
                }
            }
            XSSFCell first = row.getCell(0);
            if (headerColumn > 0 && first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row.getCell(headerColumn);
            }
        }
        throw new AssertionError("no row '" + label + "' under '" + column + "' in " + s.getSheetName());
    }

    /** The names of the chart parts in the package (xl/charts/chartN.xml): native charts, not pictures. */
    public static List<String> chartParts(byte[] xlsx) throws IOException {
        List<String> charts = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().startsWith("xl/charts/chart")) {
                    charts.add(e.getName());
                }
            }
        }
        return charts;
    }
}
