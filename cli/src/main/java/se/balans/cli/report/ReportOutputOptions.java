package se.balans.cli.report;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import picocli.CommandLine.Option;
import se.balans.app.report.DocumentFormat;
import se.balans.app.report.ReportOutput;

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

    /** The options as the application layer takes them. */
    public ReportOutput output() {
        return new ReportOutput(out, EnumSet.copyOf(formats));
    }
}
