package se.balans.cli.report;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import picocli.CommandLine.Option;
import se.balans.app.report.DocumentFormat;
import se.balans.app.report.ReportOutput;
import se.balans.cli.WorkspaceLookup;

/** {@code --out DIR} and {@code --format xlsx,pdf}: where a report command writes, and what. */
public final class ReportOutputOptions {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write into (created if missing). Default: the workspace's (reports= in "
                    + "balans.properties).")
    Path out;

    @Option(names = "--format", paramLabel = "xlsx,pdf", split = ",", defaultValue = "xlsx,pdf",
            description = "Which documents to write: xlsx, pdf or both (default).")
    List<DocumentFormat> formats = List.of(DocumentFormat.values());

    /** The options as the application layer takes them, by default into {@code workspace}'s reports folder. */
    public ReportOutput output(se.balans.io.workspace.Workspace workspace) {
        return new ReportOutput(out != null ? out : workspace.reports(), EnumSet.copyOf(formats));
    }

    /** The options as the application layer takes them, by default into the workspace's reports folder. */
    public ReportOutput output() {
        return new ReportOutput(out != null ? out : WorkspaceLookup.require("--out DIR").reports(),
                EnumSet.copyOf(formats));
    }
}
