package se.balans.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Sum;
import se.balans.reports.table.Table;
import se.balans.reports.text.Language;

/**
 * Every row the table builders mark as a sum is the sum it claims, exactly, in the sample's plan and financial
 * report: a workbook writes such a row as a formula over the rows it names, so a wrong mark would show the
 * board a different figure than the engine computed. (Rounding is another matter: see {@link Table#asShown}.)
 */
class TotalsAddUpTest {

    static BigDecimal mnkr(Cell c) {
        if (c instanceof Cell.Amount a) {
            return a.value().toMnkr();
        } else if (c instanceof Cell.Deviation d) {
            return d.value().toMnkr();
        }
        return BigDecimal.ZERO;
    }

    /** Each summed cell of the document: its table, row and column, and whether it is the sum of its terms. */
    static List<String> wrongSums(ReportDocument doc) {
        List<String> wrong = new ArrayList<>();
        for (Section s : doc.sections()) {
            for (Table t : s.tables()) {
                for (int i = 0; i < t.rows().size(); i++) {
                    Row r = t.rows().get(i);
                    for (int c = 0; c < t.columns().size(); c++) {
                        if (!t.sums(i, c)) {
                            continue;
                        }
                        BigDecimal sum = BigDecimal.ZERO;
                        for (Sum.Term term : r.sum().orElseThrow().terms()) {
                            BigDecimal v = mnkr(t.rows().get(term.row()).cells().get(c));
                            sum = term.subtracted() ? sum.subtract(v) : sum.add(v);
                        }
                        if (sum.compareTo(mnkr(r.cells().get(c))) != 0) {
                            wrong.add(t.title() + " / " + r.label() + " / " + t.columns().get(c) + ": " + mnkr(r.cells().get(c))
                                    + " is not " + sum);
                        }
                    }
                }
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
