package se.balans.reports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;

/** Machine keys beside a table's labels: optional, complete when given, never shown to people. */
class TableKeysTest {

    @Test
    void aTableForPeopleHasNoKeys() {
        Table t = Table.builder("Resultat", "", List.of("2025")).row("Intäkter", List.of(Cell.EMPTY)).build();
        assertThat(t.keys()).isEmpty();
        assertThat(t.rows().get(0).key()).isEmpty();
    }

    @Test
    void everyColumnHasAKey() {
        assertThatThrownBy(() -> Table.builder("Resultat", "", List.of("2025", "2026")).keys("line", List.of("y2025"))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 machine keys for 2 columns");
    }

    @Test
    void everyFigureRowOfAKeyedTableHasAKeyButHeadingsNeedNone() {
        Table.Builder b = Table.builder("Resultat", "", List.of("2025")).keys("line", List.of("y2025"))
                .heading("Intäkter");
        assertThat(b.build().rows()).hasSize(1);
        assertThatThrownBy(() -> b.row("Skatteintäkter", List.of(Cell.amount(Money.ofMnkr("1")))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Skatteintäkter' has no machine key");
    }

    @Test
    void aKeyNeverRepeatsSoThatAScriptReadingByHeaderLosesNoColumn() {
        assertThatThrownBy(() -> new Table.Keys("month", List.of("level", "month")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats");
    }

    @Test
    void aKeyIsNeverBlank() {
        assertThatThrownBy(() -> new Table.Keys("year", List.of("result", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void theTextOfAKeyedTableIsItsLabels() {
        Table t = Table.builder("Skulder", "Mått", List.of("Värde")).keys("metric", List.of("value"))
                .row(Row.of("Total skuld", List.of(Cell.amount(Money.ofMnkr("3020")))).withKey("total")).build();
        String text = new TextTableRenderer(se.balans.reports.text.NumberStyle.of(se.balans.reports.text.Language.SV))
                .render(t);
        assertThat(text).contains("Total skuld").contains("Värde").doesNotContain("total").doesNotContain("value");
    }
}
