package se.balans.reports.document;

import java.util.List;
import java.util.Objects;

import se.balans.reports.text.Language;

/**
 * A report as a document (rapportdokument), independent of its file format: the plan report, the
 * monthly report and the financial report are each built as one of these from engine values and
 * then written by {@link se.balans.reports.xlsx.XlsxWriter} and {@link se.balans.reports.pdf.PdfWriter}.
 *
 * <p>One model for both formats keeps the workbook and the PDF from drifting apart: the same
 * tables, the same chart data, the same words.
 *
 * @param title e.g. "Regionplan 2025"
 * @param region the region the report is about; also the documents' author
 * @param period what the figures cover, as shown in headers and footers, e.g. "Budget 2025, plan 2026–2028"
 */
public record ReportDocument(String title, String region, String period, Language language,
                             DocumentMetadata metadata, List<Section> sections) {
    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one section");
        }
        long distinct = sections.stream().map(s -> s.shortTitle().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        if (distinct != sections.size()) {
            throw new IllegalArgumentException("two sections have the same short title (sheet names must differ)");
        }
    }
}
