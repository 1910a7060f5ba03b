package se.balans.reports.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;

/** CSV for programs: the machine keys as header, one record per row, cells as plain numbers. */
class CsvRendererTest {

    @Test
    void aKeyedTableIsItsKeysThenOneRecordPerRow() {
        Table t = Table.keyed("balance requirement", "year", List.of("result", "share", "years", "missed", "note"))
                .keyed("2023", List.of(Cell.amount(Money.ofMnkr("-668")), Cell.percent(new BigDecimal("0.02820")),
                        new Cell.Number(new BigDecimal("2.125"), 1), Cell.text("false"), Cell.EMPTY))
                .keyed("2024", List.of(Cell.amount(Money.ofMnkr("1000")), Cell.percent(new BigDecimal("1E-2")),
                        Cell.integer(3), Cell.text("true"), Cell.text("a, \"quoted\" note")))
                .build();
        assertThat(CsvRenderer.render(t)).isEqualTo("""
                year,result,share,years,missed,note
                2023,-668,0.0282,2.125,false,
                2024,1000,0.01,3,true,"a, ""quoted"" note"
                """);
    }

    @Test
    void keysCanStandBesideTheLabelsOfATableForPeople() {
        Table t = Table.builder("Skulder", "Mått", List.of("Värde")).keys("metric", List.of("value"))
                .heading("Portföljen")
                .row(Row.of("Total skuld", List.of(Cell.amount(Money.ofMnkr("3020")))).withKey("total"))
                .build();
        assertThat(CsvRenderer.render(t)).isEqualTo("metric,value\ntotal,3020\n");
        assertThat(t.columns()).containsExactly("Värde");
    }

    @Test
    void aTableWithoutKeysIsNotForPrograms() {
        Table t = Table.builder("Skulder", "", List.of("Värde")).build();
        assertThatThrownBy(() -> CsvRenderer.render(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no machine keys");
    }

    @Test
    void theTargetStaysOpen() throws IOException {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        CsvRenderer.write(Table.keyed("t", "id", List.of()).keyed("1", List.of()).build(), out);
        out.print("more");
        out.flush();
        assertThat(out.checkError()).isFalse();
        assertThat(s.toString()).isEqualTo("id\n1\nmore");
    }
}
