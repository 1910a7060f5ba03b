package se.balans.app.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.app.MissingInputException;
import se.balans.app.closing.ClosingFollowUp;
import se.balans.app.closing.Staleness;
import se.balans.app.closing.StoredClosings;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.reports.closing.MonthlyReport;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.text.Language;
import se.balans.store.ClosingInfo;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * Use case: write the monthly report (månadsrapport) of a closed month, from the closing alone as it
 * was stored — its figures, its organisation's and committees' names, its fingerprint — and record
 * the files in the audit log.
 *
 * <p>The documents are the closing's: its input fingerprint (SHA-256 over the imports and the
 * configuration it read) and engine version, and its time of closing as their date. So the report of
 * a closing is the same file whenever it is written, and names the closing it shows.
 */
public final class WriteMonthlyReport {
    static final String BASE_NAME = "manadsrapport";

    private WriteMonthlyReport() {
    }

    /**
     * @param planDir the plan directory whose organisation names a closing that did not record its own
     *                (closings stored before closings kept the organisation's name); read only then
     * @param central the finance unit's central items ({@code central-forecast.csv})
     * @param config  the workspace's closing configuration folder: the investment files
     *                ({@code investment-accounts.csv} and the rest), the cost types and the HR exports
     */
    public record Request(YearMonth month, Path planDir, Optional<Path> treasury, Language language,
                          ReportOutput output, Optional<Path> central, Optional<Path> config) {
        /** Without the closing configuration folder: the report has no investment, cost-type or personnel part. */
        public Request(YearMonth month, Path planDir, Optional<Path> treasury, Language language, ReportOutput output,
                       Optional<Path> central) {
            this(month, planDir, treasury, language, output, central, Optional.empty());
        }

        /** Without a treasury folder: the debt goals say they cannot be judged. */
        public Request(YearMonth month, Path planDir, Language language, ReportOutput output) {
            this(month, planDir, Optional.empty(), language, output);
        }

        /** Without the finance unit's central items: the round, if any, keeps the proposal for them. */
        public Request(YearMonth month, Path planDir, Optional<Path> treasury, Language language, ReportOutput output) {
            this(month, planDir, treasury, language, output, Optional.empty());
        }

        public Request {
            Objects.requireNonNull(treasury, "treasury");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(planDir, "planDir");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(central, "central");
            Objects.requireNonNull(config, "config");
        }
    }

    /**
     * @return the written paths
     * @throws MissingInputException when the month is not closed
     */
    public static List<Path> run(Store store, Request request) throws IOException {
        YearMonth month = request.month();
        StoredClosing stored = StoredClosings.require(store, month, () -> month
                + " is not closed, so there is no monthly report for it; close it first: balans close " + month);
        Staleness.requireCurrent(store, stored);
        List<Path> files = write(store, stored, request);
        ReportAudit.record(store, "monthly report " + month + " from closing #" + stored.info().id()
                + ", inputs " + stored.info().inputsSha256(), files);
        return files;
    }

    /** The documents of one stored closing, without the audit record. */
    static List<Path> write(Store store, StoredClosing stored, Request request) throws IOException {
        ClosingInfo info = stored.info();
        DocumentMetadata metadata = new DocumentMetadata(info.inputsSha256(), info.engineVersion(),
                info.closedAt().toInstant());
        RegionalPlan plan = PlanDirectoryReader.read(request.planDir());
        String organisation = stored.organisation().isEmpty() ? plan.region() : stored.organisation();
        ReportDocument doc = MonthlyReport.build(stored.closing(), info.id(), organisation,
                StoredClosings.committeeNames(stored, request.language()), request.language(), metadata,
                ClosingFollowUp.of(store, stored, Optional.of(plan), request.treasury(),
                        request.central().map(f -> se.balans.app.forecast.CentralItems.read(f, request.treasury(),
                                se.balans.reports.text.Labels.of(request.language()))).orElse(List.of()),
                        request.config()));
        return request.output().write(doc, BASE_NAME + "-" + info.period());
    }
}
