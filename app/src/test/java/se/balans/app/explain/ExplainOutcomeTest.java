package se.balans.app.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.balans.app.InvalidRequestException;
import se.balans.app.MissingInputException;
import se.balans.app.SampleWorkspace;
import se.balans.app.closing.CloseMonth;
import se.balans.engine.closing.ClosingFigure;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.explain.Explanation;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;
import se.balans.store.Store;

/** Explaining a closed month's figure through the application layer: the figure's parts add up to it. */
class ExplainOutcomeTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static Store store;
    static MonthlyClosing closing;
    final ExplainOutcome explain = new ExplainOutcome(Labels.of(Language.EN), NumberStyle.of(Language.EN));

    @BeforeAll
    static void closeMarch() {
        store = SampleWorkspace.storeWithLedger();
        closing = CloseMonth.run(store, new CloseMonth.Request(MARCH, SampleWorkspace.setup())).closing();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void figuresAreNamedAsPeopleWriteThemInEitherLanguage() {
        assertThat(ExplainOutcome.figure("Årets resultat", Optional.empty()))
                .isEqualTo(ClosingFigure.line(IncomeStatementLine.RESULT_FOR_YEAR));
        assertThat(ExplainOutcome.figure("result_for_year", Optional.empty()))
                .isEqualTo(ClosingFigure.line(IncomeStatementLine.RESULT_FOR_YEAR));
        assertThat(ExplainOutcome.figure("finansnetto", Optional.empty())).isEqualTo(ClosingFigure.netFinancialItems());
        assertThat(ExplainOutcome.figure("nettokostnad", Optional.of("HSN"))).isEqualTo(ClosingFigure.netCost("HSN"));
    }

    @Test
    void aMalformedFigureIsAnInvalidRequest() {
        assertThatThrownBy(() -> ExplainOutcome.figure("nettokostnad", Optional.empty()))
                .isInstanceOf(InvalidRequestException.class).hasMessage("nettokostnad needs --committee CODE");
        assertThatThrownBy(() -> ExplainOutcome.figure("finansnetto", Optional.of("HSN")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ExplainOutcome.figure("vinst", Optional.empty()))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("unknown figure 'vinst'");
    }

    @Test
    void theOperatingResultIsExplainedByItsInputLinesWhichAddUpToIt() {
        Explanation e = explain.run(store, MARCH, ClosingFigure.line(IncomeStatementLine.OPERATING_RESULT));
        NumberStyle n = NumberStyle.of(Language.EN);

        assertThat(e.value()).isEqualTo(n.mnkrWithUnit(closing.line(IncomeStatementLine.OPERATING_RESULT).ytd()));
        // One part per input line, then budget, forecast and sources.
        assertThat(e.parts()).hasSize(ClosingFigure.leaves(IncomeStatementLine.OPERATING_RESULT).size() + 3);
        for (int i = 0; i < ClosingFigure.leaves(IncomeStatementLine.OPERATING_RESULT).size(); i++) {
            IncomeStatementLine line = ClosingFigure.leaves(IncomeStatementLine.OPERATING_RESULT).get(i);
            assertThat(e.parts().get(i).value()).as(line.code()).isEqualTo(n.mnkrWithUnit(closing.line(line).ytd()));
        }
    }

    @Test
    void aCommitteeNotInTheClosingOrAMonthNotClosedIsMissingInput() {
        assertThatThrownBy(() -> explain.run(store, MARCH, ClosingFigure.netCost("XYZ")))
                .isInstanceOf(MissingInputException.class).hasMessageStartingWith("no committee XYZ in the closing of 2026-03");
        assertThatThrownBy(() -> explain.run(store, YearMonth.of(2026, 2), ClosingFigure.netFinancialItems()))
                .isInstanceOf(MissingInputException.class)
                .hasMessage("2026-02 is not closed; close it with: balans close 2026-02");
    }
}
