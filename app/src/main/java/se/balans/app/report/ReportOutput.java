package se.balans.app.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.balans.reports.document.ReportDocument;

/**
 * Where a report's documents go and in which formats: the folder (created if missing) and xlsx, pdf or both.
 */
public record ReportOutput(Path folder, Set<DocumentFormat> formats) {
    public ReportOutput {
        Objects.requireNonNull(folder, "folder");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no document format chosen");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
    }

    /** Writes the document as {@code baseName} in each format, xlsx before pdf; returns the written paths. */
    public List<Path> write(ReportDocument doc, String baseName) throws IOException {
        return ReportFiles.write(doc, folder, baseName, formats);
    }
}
