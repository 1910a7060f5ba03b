package se.balans.reports.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.goal.GoalFollowUp;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.GoalMetric;
import se.balans.reports.SampleReports;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Language;

/** The monthly report's goals section: each goal of the year by its words, target, values and outlook. */
class MonthlyReportGoalsTest {
    static final FinancialGoal GOAL = new FinancialGoal("resultatmal-2026", 2026, GoalMetric.OPERATING_RESULT_SHARE,
            true, new BigDecimal("0.03"), "2026 ska verksamhetens resultat uppgå till minst 3 procent.");

    static Section goals(ReportDocument doc) {
        return doc.sections().stream().filter(s -> s.title().equals("Finansiella mål: uppföljning")).findFirst()
                .orElseThrow();
    }

    @Test
    void aGoalAtRiskIsSaidSoWithItsTextNotItsId() {
        GoalFollowUp atRisk = new GoalFollowUp(GOAL, Optional.of(new BigDecimal("0.015")),
                Optional.of(new BigDecimal("0.04")), GoalFollowUp.Outlook.AT_RISK, Optional.empty());

        ReportDocument doc = MonthlyReport.build(ClosingWithoutLastYearTest.WITH, 15, "Region X", Map.of(),
                Language.SV, SampleReports.metadata(), new YearFollowUp(Optional.empty(), Optional.empty(),
                        Optional.of(List.of(atRisk)), Optional.empty()));

        Table t = goals(doc).tables().get(0);
        assertThat(t.title()).isEqualTo("Finansiella mål 2026: uppföljning");
        assertThat(t.rows().get(0).cells()).containsExactly(Cell.text("minst 3,0 %"), Cell.percent(new BigDecimal("0.015")),
                Cell.percent(new BigDecimal("0.04")), Cell.text("I riskzonen"));
        assertThat(t.note()).hasValueSatisfying(n -> assertThat(n).contains("2026 ska verksamhetens resultat uppgå till minst "
                + "3 procent.").doesNotContain("resultatmal-2026"));
    }

    @Test
    void aYearWithoutGoalsSaysSo() {
        ReportDocument doc = MonthlyReport.build(ClosingWithoutLastYearTest.WITH, 15, "Region X", Map.of(),
                Language.SV, SampleReports.metadata(), new YearFollowUp(Optional.empty(), Optional.empty(),
                        Optional.of(List.of()), Optional.empty()));

        assertThat(goals(doc).paragraphs()).containsExactly("Planen har inga finansiella mål för 2026.");
    }
}
