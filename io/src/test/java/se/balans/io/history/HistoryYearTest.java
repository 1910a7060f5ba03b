package se.balans.io.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.money.Money;
import se.balans.io.InputFileException;

/** A year recorded into a history: comments, other rows and the file's own CSV dialect kept. */
class HistoryYearTest {
    static final Path FILE = Path.of("balance-requirement.csv");

    static BalanceRequirementInput year2025() {
        return BalanceRequirementInput.of(2025, Money.ofMnkr("18.5"))
                .with(BalanceRequirementLine.UNREALISED_SECURITIES, Money.ofMnkr("-575"));
    }

    @Test
    void aYearIsAddedAfterTheLastWithItsCommentsAndRowsKept() {
        String text = "# history of Region X\nyear,result,special_reasons,status,note\n2024,-50,20,outcome,\"a, b\"\n";

        String written = HistoryYear.with(FILE, text, year2025(), "outcome", "from closing #12");

        assertThat(written).isEqualTo("# history of Region X\n"
                + "year,result,special_reasons,status,note,unrealised_securities\n"
                + "2024,-50,20,outcome,\"a, b\",\n"
                + "2025,18.5,0,outcome,from closing #12,-575\n");
    }

    @Test
    void aFileExcelSavedInASwedishLocaleKeepsItsSemicolonsAndDecimalCommas() {
        String text = "year;result;status\n2024;-50,5;outcome\n";

        String written = HistoryYear.with(FILE, text, year2025(), "outcome", "");

        assertThat(written).isEqualTo("year;result;status;unrealised_securities;special_reasons;note\n"
                + "2024;-50,5;outcome;;;\n"
                + "2025;18,5;outcome;-575;0;\n");
        assertThat(BalanceRequirementHistory.parse(FILE, written).years()).hasSize(2);
    }

    @Test
    void aPlanRowOfTheYearIsReplacedAndAGapIsRefused() {
        String text = "year,result,status\n2024,-50,outcome\n2025,400,plan\n";
        assertThat(HistoryYear.with(FILE, text, year2025(), "outcome", "")).doesNotContain("2025,400")
                .contains("2025,18.5");
        assertThatThrownBy(() -> HistoryYear.with(FILE, "year,result\n2023,-50\n", year2025(), "outcome", ""))
                .isInstanceOf(InputFileException.class).hasMessageContaining("ends with 2023; record 2024 before 2025");
    }
}
