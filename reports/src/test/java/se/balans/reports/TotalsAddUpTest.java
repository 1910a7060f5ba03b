package se.balans.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Table;
import se.balans.reports.text.Language;

/**
 * Every row the table builders mark as a sum is the sum it claims, exactly, in the sample's plan and financial
 * report: a workbook writes such a row as a formula over the rows it names, so a wrong mark would show the
 * board a different figure than the engine computed. (Rounding is another matter: see {@link Table#asShown}.)
 */
class TotalsAddUpTest {

    /** Each summed column of the document whose figures do not add up: a wrong mark. */
    static List<String> wrongSums(ReportDocument doc) {
        List<String> wrong = new ArrayList<>();
        for (Section s : doc.sections()) {
            for (Table t : s.tables()) {
                wrong.addAll(t.sumsThatDoNotAddUp());
            }
        }
        return wrong;
    }

    static long sums(ReportDocument doc) {
        return doc.sections().stream().flatMap(s -> s.tables().stream())
                .flatMap(t -> t.rows().stream()).filter(r -> r.sum().isPresent()).count();
    }

    @Test
    void everyTotalOfThePlanReportIsTheSumOfTheRowsItNames() {
        for (Language language : Language.values()) {
            ReportDocument doc = SampleReports.plan2025(language);
            assertThat(sums(doc)).as("the plan's statements and frames have totals").isGreaterThan(10);
            assertThat(wrongSums(doc)).isEmpty();
        }
    }

    @Test
    void everyTotalOfTheFinancialReportIsTheSumOfTheRowsItNames() {
        ReportDocument doc = SampleReports.financial2026February(Language.SV);
        assertThat(sums(doc)).as("the maturity profile's total").isPositive();
        assertThat(wrongSums(doc)).isEmpty();
    }
}
