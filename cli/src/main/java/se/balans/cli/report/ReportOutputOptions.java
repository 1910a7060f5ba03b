package se.balans.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Option;
import se.balans.reports.document.ReportDocument;

/** {@code --out DIR} and {@code --format xlsx,pdf}: where a report command writes, and what. */
public final class ReportOutputOptions {
    /** The folder reports go to when no {@code --out} is given, relative to the working directory. */
    public static final String DEFAULT_OUT = "out";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "Folder to write into (created if missing). Default: ./out")
    Path out = Path.of(DEFAULT_OUT);

    @Option(names = "--format", paramLabel = "xlsx,pdf", split = ",", defaultValue = "xlsx,pdf",
            description = "Which documents to write: xlsx, pdf or both (default).")
    List<DocumentFormat> formats = List.of(DocumentFormat.values());

    /** The options as a command line would give them, for a command that writes reports of its own accord (the demo). */
    public static ReportOutputOptions of(Path out, Set<DocumentFormat> formats) {
        ReportOutputOptions o = new ReportOutputOptions();
        o.out = out;
        o.formats = List.copyOf(EnumSet.copyOf(formats));
        return o;
    }

    public Path out() {
        return out;
    }

    public Set<DocumentFormat> formats() {
        return EnumSet.copyOf(formats);
    }

    /** Writes the document as {@code baseName} in each format; returns the written paths. */
    public List<Path> write(ReportDocument doc, String baseName) throws IOException {
        return ReportFiles.write(doc, out, baseName, formats());
    }
}
