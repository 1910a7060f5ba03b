package se.balans.app.report;

/** The document formats a report is written in: {@code --format xlsx,pdf}. */
public enum DocumentFormat {
    xlsx, pdf
}
