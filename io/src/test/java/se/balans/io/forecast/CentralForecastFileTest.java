package se.balans.io.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.forecast.CentralItem;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.InputFileException;

/** The finance unit's central items per round: read strictly, each refusal with its line and column. */
class CentralForecastFileTest {
    static final Path FILE = Path.of("central-forecast.csv");

    @Test
    void eachRoundNamesItsFiguresAndTheirSource() {
        List<CentralItem> items = CentralForecastFile.parse(FILE, """
                round,line,amount,source
                2026-03,tax_revenue,8905.0,SKR cirkulär 26:14 (2026-04-24)
                2026-03,financial_costs,-310,loan register
                2026-04,tax_revenue,8912.5,SKR
                """).stream().map(e -> e.item().orElseThrow()).toList();
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(new CentralItem(YearMonth.of(2026, 3), IncomeStatementLine.TAX_REVENUE,
                Money.ofMnkr("8905"), "SKR cirkulär 26:14 (2026-04-24)"));
        assertThat(items.get(1).amount()).isEqualTo(Money.ofMnkr("-310"));
    }

    @Test
    void anUnknownLineAWrongSignOrALineTwiceIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> CentralForecastFile.parse(FILE, "round,line,amount\n2026-03,operating_costs,-5\n"))
                .isInstanceOf(InputFileException.class).hasMessageContaining(":2:").hasMessageContaining("line")
                .hasMessageContaining("tax_revenue");
        assertThatThrownBy(() -> CentralForecastFile.parse(FILE, "round,line,amount\n2026-03,financial_costs,310\n"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("amount").hasMessageContaining("wrong sign");
        assertThatThrownBy(() -> CentralForecastFile.parse(FILE,
                "round,line,amount\n2026-03,tax_revenue,1\n2026-03,tax_revenue,2\n"))
                .isInstanceOf(InputFileException.class).hasMessageContaining(":3:").hasMessageContaining("twice");
    }

    @Test
    void aLineInPartsAndTheLoansInterestAskedToBeComputed() {
        List<CentralForecastFile.Entry> entries = CentralForecastFile.parse(FILE, """
                round,line,part,amount,source
                2026-03,financial_costs,loan_interest,,låneregistret
                2026-03,financial_costs,pension_interest,-210,KPA 2026-03
                2026-03,financial_income,pension_fund_unrealised,40,portföljen
                """);
        assertThat(entries.get(0).computed()).contains(new CentralForecastFile.Computed(YearMonth.of(2026, 3),
                "låneregistret"));
        assertThat(entries.get(0).where()).isEqualTo("central-forecast.csv:2");
        assertThat(entries.get(1).item()).contains(new CentralItem(YearMonth.of(2026, 3),
                IncomeStatementLine.FINANCIAL_COSTS, "pension_interest", Money.ofMnkr("-210"), "KPA 2026-03"));
        assertThat(entries.get(2).item().orElseThrow().part()).isEqualTo(CentralItem.UNREALISED);
    }

    @Test
    void onlyTheLoansInterestMayBeLeftEmptyAndAPartBelongsToItsLine() {
        assertThatThrownBy(() -> CentralForecastFile.parse(FILE, "round,line,part,amount\n2026-03,tax_revenue,,\n"))
                .isInstanceOf(InputFileException.class).hasMessageContaining(":2:").hasMessageContaining("amount")
                .hasMessageContaining("loan_interest");
        assertThatThrownBy(() -> CentralForecastFile.parse(FILE,
                "round,line,part,amount\n2026-03,tax_revenue,loan_interest,5\n"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("part")
                .hasMessageContaining("part of financial_costs");
        assertThatThrownBy(() -> CentralForecastFile.parse(FILE,
                "round,line,part,amount\n2026-03,financial_costs,x,-1\n2026-03,financial_costs,x,-2\n"))
                .isInstanceOf(InputFileException.class).hasMessageContaining(":3:").hasMessageContaining("twice");
    }
}
