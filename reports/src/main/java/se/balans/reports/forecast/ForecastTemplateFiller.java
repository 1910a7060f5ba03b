package se.balans.reports.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.balans.engine.forecast.CommitteeForecast;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.DeterministicZip;

/**
 * Fills a written template's input cells as a committee would: for the demo and the sample's
 * illustrative rounds, so that the whole round — templates out, forecasts in — runs without Excel.
 * Only the input cells are touched; what the committee may not change stays as written.
 */
public final class ForecastTemplateFiller {
    private static final Row.MissingCellPolicy BLANK = Row.MissingCellPolicy.CREATE_NULL_AS_BLANK;

    private ForecastTemplateFiller() {
    }

    /**
     * @param template the template as written for the committee
     * @param answer   what the committee fills in (its committee and month must be the template's; the reader checks)
     * @param language the template's language (the confidence list's words)
     * @param out      where the filled workbook goes
     */
    public static void fill(Path template, CommitteeForecast answer, Language language, Path out) throws IOException {
        if (answer.risks().size() > TemplateLayout.ITEMS || answer.actions().size() > TemplateLayout.ITEMS) {
            throw new IllegalArgumentException("a template has room for " + TemplateLayout.ITEMS
                    + " risks and actions each");
        }
        Labels labels = Labels.of(language);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            s.getRow(TemplateLayout.ROW_DEVIATION).getCell(TemplateLayout.COL_VALUE, BLANK)
                    .setCellValue(answer.deviation().toMnkr().doubleValue());
            s.getRow(TemplateLayout.ROW_CONFIDENCE).getCell(TemplateLayout.COL_VALUE, BLANK).setCellValue(labels.get(
                    "forecast.template.confidence." + answer.confidence().name().toLowerCase(Locale.ROOT)));
            s.getRow(TemplateLayout.ROW_COMMENT).getCell(TemplateLayout.COL_VALUE, BLANK).setCellValue(answer.comment());
            items(s, answer.risks(), true);
            items(s, answer.actions(), false);
            // Dated as the template was, so that the same answer gives the same bytes.
            Date created = wb.getProperties().getCoreProperties().getCreated();
            try (OutputStream o = Files.newOutputStream(out)) {
                DeterministicZip.write(wb, (created == null ? new Date(0) : created).toInstant(), o);
            }
        }
    }

    private static void items(XSSFSheet s, List<CommitteeForecast.Item> items, boolean risks) {
        for (int i = 0; i < items.size(); i++) {
            int row = risks ? TemplateLayout.riskRow(i) : TemplateLayout.actionRow(i);
            s.getRow(row).getCell(TemplateLayout.COL_VALUE, BLANK).setCellValue(items.get(i).description());
            s.getRow(row).getCell(TemplateLayout.COL_EFFECT, BLANK).setCellValue(items.get(i).effect().toMnkr().doubleValue());
        }
    }
}
