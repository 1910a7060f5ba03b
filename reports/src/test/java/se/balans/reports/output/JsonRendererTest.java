package se.balans.reports.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;

/** JSON for programs: pretty printed, fields in order, numbers plain and exact. */
class JsonRendererTest {

    @Test
    void anObjectIsPrettyPrintedWithItsFieldsInOrderAndALineSeparatorAfterIt() {
        Data d = Data.object().text("region", "Region Västerbotten").number("plan_year", 2025)
                .put("years", Data.array(List.of(Data.number(2025), Data.number(2026))))
                .put("findings", Data.array(List.of()))
                .put("frames", Data.object().amount("HSN", Money.ofMnkr("9000.5")).build())
                .bool("consistent", true).build();
        assertThat(JsonRenderer.render(d)).isEqualTo("""
                {
                  "region" : "Region Västerbotten",
                  "plan_year" : 2025,
                  "years" : [ 2025, 2026 ],
                  "findings" : [ ],
                  "frames" : {
                    "HSN" : 9000.5
                  },
                  "consistent" : true
                }""" + System.lineSeparator());
    }

    @Test
    void amountsAreExactMnkrInPlainNotation() {
        Data d = Data.object().amount("thousand", Money.ofMnkr("1000")).amount("ore", Money.ofSek(new BigDecimal("0.01")))
                .amount("negative", Money.ofMnkr("-239.000")).build();
        assertThat(JsonRenderer.render(d)).contains("\"thousand\" : 1000,").contains("\"ore\" : 0.00000001,")
                .contains("\"negative\" : -239\n").doesNotContain("E");
    }

    @Test
    void decimalsLoseTheirTrailingZerosButExactNumbersKeepTheirScale() {
        Data d = Data.object().decimal("rate", new BigDecimal("0.02500")).decimal("big", new BigDecimal("1E+3"))
                .put("weight", Data.number(new BigDecimal("0.086309731780"))).build();
        assertThat(JsonRenderer.render(d)).contains("\"rate\" : 0.025,").contains("\"big\" : 1000,")
                .contains("\"weight\" : 0.086309731780\n");
    }

    @Test
    void aMissingValueIsNullAndAnOptionalFieldIsLeftOut() {
        Data d = Data.object().decimal("information_ratio", Optional.empty()).text("first_month", Optional.empty())
                .putIfPresent("borrowing_limit", Optional.empty()).build();
        assertThat(JsonRenderer.render(d)).isEqualTo("""
                {
                  "information_ratio" : null,
                  "first_month" : null
                }""" + System.lineSeparator());
    }

    @Test
    void textIsEscaped() {
        assertThat(JsonRenderer.render(Data.array(List.of(Data.text("\"quoted\"\n"))))).startsWith("[ \"\\\"quoted\\\"\\n\" ]");
    }

    @Test
    void theTargetStaysOpen() throws IOException {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        JsonRenderer.write(Data.array(List.of()), out);
        out.print("more");
        out.flush();
        assertThat(out.checkError()).isFalse();
        assertThat(s.toString()).isEqualTo("[ ]" + System.lineSeparator() + "more");
    }

    @Test
    void aFieldNameAppearsOnce() {
        assertThatThrownBy(() -> Data.object().number("year", 2025).number("year", 2026).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
    }
}
