package se.balans.reports.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.money.Money;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * The summary states the year's forecast the rest of the report uses: with a forecast round, its forecast of
 * record, the computed proposal beside it. March 2026 (the closing of {@link ClosingWithoutLastYearTest}):
 * the computed forecast is its measures' full-year result.
 */
class ClosingNarrativeTest {

    @Test
    void withARoundTheSummaryStatesTheForecastOfRecordAndTheProposalBesideIt() {
        MonthlyClosing c = ClosingWithoutLastYearTest.closing("-850", "950");
        Labels sv = Labels.of(Language.SV);
        String computed = NumberStyleOf.mnkr(c);

        String withRound = ClosingNarrative.of(c, sv, Optional.of(Money.ofMnkr("-37")));
        assertThat(withRound).contains("Helårsprognosen för årets resultat enligt prognosrundan är \u221237 miljoner "
                + "kronor").contains("den beräknade prognosen från utfallet hittills är " + computed + " miljoner kronor");

        assertThat(ClosingNarrative.of(c, sv)).contains("Helårsprognosen för årets resultat är " + computed
                + " miljoner kronor").doesNotContain("prognosrundan");
    }

    /** The closing's computed full-year result as the narrative writes it. */
    static final class NumberStyleOf {
        static String mnkr(MonthlyClosing c) {
            return se.balans.reports.text.NumberStyle.of(Language.SV).mnkr(
                    c.line(se.balans.engine.statement.IncomeStatementLine.RESULT_FOR_YEAR).forecastYear(), 0);
        }
    }
}
