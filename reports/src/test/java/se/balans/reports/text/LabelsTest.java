package se.balans.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.costtype.CostType;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.GoalMetric;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;

/** Every word exists in both languages, and every engine code has its label. */
class LabelsTest {

    static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(LabelsTest.class.getResourceAsStream(
                "/se/balans/reports/labels_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> sv = load("sv").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(sv).containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void patternsWithArgumentsHaveNoApostrophesMessageFormatWouldEat() throws IOException {
        for (String lang : new String[] {"sv", "en"}) {
            Properties p = load(lang);
            for (String k : p.stringPropertyNames()) {
                if (p.getProperty(k).contains("{")) {
                    assertThat(p.getProperty(k)).as(lang + ":" + k).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyEngineCodeHasALabel() {
        for (Language lang : Language.values()) {
            Labels l = Labels.of(lang);
            for (IncomeStatementLine x : IncomeStatementLine.values()) {
                assertThat(l.line(StatementKind.INCOME_STATEMENT, x)).isNotBlank();
            }
            for (BalanceSheetLine x : BalanceSheetLine.values()) {
                assertThat(l.line(StatementKind.BALANCE_SHEET, x)).isNotBlank();
            }
            for (CashFlowLine x : CashFlowLine.values()) {
                assertThat(l.line(StatementKind.CASH_FLOW, x)).isNotBlank();
            }
            for (BalanceRequirementLine x : BalanceRequirementLine.values()) {
                assertThat(l.line(StatementKind.BALANCE_REQUIREMENT, x)).isNotBlank();
            }
            for (FrameChangeKind k : FrameChangeKind.values()) {
                assertThat(l.get("kind." + k.code())).isNotBlank();
            }
            for (GoalMetric m : GoalMetric.values()) {
                assertThat(l.get("goal.metric." + m.code())).isNotBlank();
            }
            for (CostType t : CostType.values()) {
                assertThat(l.get("costtype." + t.code())).isNotBlank();
                assertThat(l.get("costtype.subject." + t.code())).isNotBlank();
            }
        }
    }

    @Test
    void yearsInLabelsAreNotGroupedLikeNumbers() {
        assertThat(Labels.of(Language.SV).format("plan.goals.title", 2025)).isEqualTo("Finansiella mål 2025");
    }

    @Test
    void aWholeOneMillionIsSingularInSwedishAndNothingElseIs() {
        assertThat(Labels.agreeInNumber("en negativ avvikelse på 1 miljoner kronor"))
                .isEqualTo("en negativ avvikelse på 1 miljon kronor");
        assertThat(Labels.agreeInNumber("\u22121\u00a0miljoner kronor")).isEqualTo("\u22121\u00a0miljon kronor");
        assertThat(Labels.agreeInNumber("1 miljoner kronor")).isEqualTo("1 miljon kronor");
        for (String kept : new String[] {"21 miljoner kronor", "1,0 miljoner kronor", "2 001 miljoner kronor",
                "0,1 miljoner kronor", "11 miljoner"}) {
            assertThat(Labels.agreeInNumber(kept)).as(kept).isEqualTo(kept);
        }
    }
}
