package se.balans.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line never breaks between a figure and its unit. */
class TableLayoutWrapTest {

    @Test
    void aFigureStaysWithItsUnitAndTheTextIsUnchanged() {
        String text = "Prognosen är \u221237 miljoner kronor, 276 miljoner kronor för lite; 4,2 procent; SEK 37 m.";
        assertThat(TableLayout.unbreakable(text)).containsExactly("Prognosen", "är", "\u221237 miljoner", "kronor,",
                "276 miljoner", "kronor", "för", "lite;", "4,2 procent;", "SEK 37 m.");
        assertThat(String.join(" ", TableLayout.unbreakable(text))).isEqualTo(text);
    }

    @Test
    void aFigureGroupedInThousandsIsOneFigure() {
        assertThat(TableLayout.unbreakable("uppgick till 1 009 miljoner kronor mot −1 026,4 mnkr"))
                .containsExactly("uppgick", "till", "1 009 miljoner", "kronor", "mot", "−1 026,4 mnkr");
        assertThat(TableLayout.unbreakable("11 302 402 kr")).containsExactly("11 302 402 kr");
    }

    @Test
    void aYearOrAWordEndingInADigitBeforeAnOrdinaryWordIsNotGlued() {
        assertThat(TableLayout.unbreakable("Under 2025 var resultatet")).containsExactly("Under", "2025", "var",
                "resultatet");
    }
}
