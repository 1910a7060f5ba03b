package se.balans.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import se.balans.engine.EngineVersion;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.treasury.FinancialMonth;
import se.balans.io.history.BalanceRequirementHistory;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.io.treasury.CashFile;
import se.balans.io.treasury.FinancePolicyFile;
import se.balans.io.treasury.LoanRegister;
import se.balans.io.treasury.PensionReturnsFile;
import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.pdf.PdfWriter;
import se.balans.reports.plan.PlanReport;
import se.balans.reports.text.Language;
import se.balans.reports.treasury.FinancialReport;
import se.balans.reports.xlsx.XlsxWriter;

/** The plan report and the financial report of the sample region, as the tests build them. */
public final class SampleReports {
    /** A fixed fingerprint: the tests check that it is carried, not how it is computed (that is io's). */
    public static final String FINGERPRINT = "0123456789abcdef".repeat(4);
    public static final Instant TIMESTAMP = Instant.parse("2025-01-01T00:00:00Z");

    private SampleReports() {
    }

    public static Path repo() {
        String p = System.getProperty("balans.repo");
        Path root = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("sample-data"))) {
            root = root.getParent();
        }
        return root;
    }

    public static Path sampleRegion() {
        return repo().resolve("sample-data").resolve("region-vasterbotten");
    }

    public static RegionalPlan plan() {
        return PlanDirectoryReader.read(sampleRegion());
    }

    /** Regionplan 2025's own restoration table (2023 outcome, 2024 forecast, 2025–2027 plan), as published. */
    public static RestorationSchedule schedule() {
        return BalanceRequirementHistory.read(repo().resolve("sample-data").resolve("fixtures")
                .resolve("regionplan-2025-balance-requirement.csv")).schedule();
    }

    public static DocumentMetadata metadata() {
        return new DocumentMetadata(FINGERPRINT, EngineVersion.get(), TIMESTAMP);
    }

    public static ReportDocument plan2025(Language language) {
        return PlanReport.build(plan(), Optional.of(schedule()), 2025, language, metadata());
    }

    /** A document as a workbook's bytes. */
    public static byte[] xlsx(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(doc, out);
        return out.toByteArray();
    }

    /** A document as a PDF's bytes. */
    public static byte[] pdf(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(doc, out);
        return out.toByteArray();
    }

    public static Path treasury(String file) {
        return sampleRegion().resolve("treasury").resolve(file);
    }

    /** The sample's financial month: the register as of its last day, the returns, cash and policy. */
    public static FinancialMonth financialMonth(YearMonth month) {
        LoanRegister loans = LoanRegister.read(treasury("loans-" + FinancialMonth.asOf(month) + ".csv"));
        return FinancialMonth.of(month, loans.metrics(FinancialMonth.asOf(month)), loans.portfolio().events(month),
                PensionReturnsFile.read(treasury("pension-returns.csv")),
                CashFile.read(treasury("cash.csv")).at(month).orElseThrow(), plan(),
                Optional.of(FinancePolicyFile.read(treasury("finance-policy.csv"))));
    }

    /** The financial report of February 2026 (seed 000), dated its month end. */
    public static ReportDocument financial2026February(Language language) {
        return FinancialReport.build(financialMonth(YearMonth.of(2026, 2)), plan().region(), language,
                new DocumentMetadata(FINGERPRINT, EngineVersion.get(), FEBRUARY_END));
    }

    public static final Instant FEBRUARY_END = Instant.parse("2026-02-28T00:00:00Z");
}
