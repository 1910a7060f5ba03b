package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code balans debt} and {@code balans pension} as a user runs them on the sample data. */
class TreasuryCommandsTest {

    @BeforeAll
    static void home() {
        CliRun.useSampleWorkspace();
    }

    static final String JULY_LOANS = CliRun.sample("region-vasterbotten/treasury/loans-2025-07-31.csv");
    static final String FEBRUARY_LOANS = CliRun.sample("region-vasterbotten/treasury/loans-2026-02-28.csv");
    static final String RETURNS = CliRun.sample("region-vasterbotten/treasury/pension-returns.csv");
    static final String POLICY = CliRun.sample("region-vasterbotten/treasury/finance-policy.csv");

    @Test
    void debtCsvIsOneRowWithTheSpecifiedColumns() {
        CliRun r = CliRun.of("debt", "--loans", FEBRUARY_LOANS, "--as-of", "2026-02-28", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("as_of,total,average_rate,average_rate_incl_swaps,capital_binding_years,"
                + "interest_binding_years,share_maturing_12m,share_refixing_12m");
        String[] v = lines.get(1).split(",");
        assertThat(v[0]).isEqualTo("2026-02-28");
        assertThat(v[1]).isEqualTo("3020");
        assertThat(v[2]).startsWith("0.0281"); // 2.82 % as a fraction
        assertThat(v[4]).startsWith("2.1");
        assertThat(v[5]).startsWith("2.07");
        assertThat(v[6]).startsWith("0.2218");
    }

    @Test
    void debtTableIsSwedishByDefaultWithThePublishedFigures() {
        CliRun r = CliRun.of("debt", "--loans", JULY_LOANS, "--as-of", "2025-07-31", "--policy", POLICY);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Låneportföljen per 2025-07-31").contains("2 570,0").contains("2,85 %")
                .contains("Genomsnittlig räntebindning, år").contains("1,9").contains("Utrymme inom låneramen, mnkr")
                .contains("1 430,0").contains("Inom limit").contains("Förfallostruktur");
        CliRun en = CliRun.of("debt", "--loans", FEBRUARY_LOANS, "--as-of", "2026-02-28", "--lang", "en");
        assertThat(en.out()).contains("3,020.0").contains("2.82%").contains("Changes in the loan portfolio, February 2026")
                .contains("Of which refinancing").contains("Of which new borrowing");
    }

    @Test
    void debtJsonHasTheMetricsTheEventsAndTheLimits() {
        CliRun r = CliRun.of("debt", "--loans", FEBRUARY_LOANS, "--as-of", "2026-02-28", "--policy", POLICY,
                "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"total\" : 3020").contains("\"headroom\" : 980")
                .contains("\"refinanced\" : 200").contains("\"new_borrowing\" : 200")
                .contains("\"metric\" : \"total_debt\"").contains("\"max\" : 4000").contains("\"status\" : \"within\"")
                .contains("\"year\" : 2033");
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        String[] args = {"debt", "--loans", FEBRUARY_LOANS, "--as-of", "2026-02-28", "--policy", POLICY};
        assertThat(CliRun.of(args).out()).isEqualTo(CliRun.of(args).out());
        String[] pension = {"pension", "--returns", RETURNS, "--format", "csv"};
        assertThat(CliRun.of(pension).out()).isEqualTo(CliRun.of(pension).out());
    }

    @Test
    void badLoanInputIsOneLineNamingFileLineAndColumnWithExitCode3(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("loans.csv");
        Files.writeString(f, "id,lender,amount,start_date,maturity_date,rate_type,rate,next_fixing_date\n"
                + "K1,Kommuninvest,200,2026-02-16,2030-12-16,fixed,2.84,\n"
                + "K2,SEB,200,2026-02-16,2027-02-16,floating,2.24,\n");
        CliRun r = CliRun.of("debt", "--loans", f.toString(), "--as-of", "2026-02-28");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("balans: " + f + ":3: column next_fixing_date: K2: a floating-rate "
                + "loan needs its next fixing date");
    }

    @Test
    void aRegisterOlderThanTheAsOfDateIsBadInputNamingTheLoan() {
        CliRun r = CliRun.of("debt", "--loans", JULY_LOANS, "--as-of", "2025-09-30");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("column next_fixing_date: NDA-2023-01").contains("out of date");
    }

    @Test
    void pensionCsvHasARowPerAssetClass() {
        CliRun r = CliRun.of("pension", "--returns", RETURNS, "--month", "2025-07", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("asset_class,ytd_return,ytd_benchmark,ytd_active,tracking_error,information_ratio");
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).extracting(l -> l.split(",")[0]).containsExactly("total", "equities", "fixed_income");
    }

    @Test
    void pensionTableShowsTheJuly2025ReportByDefaultLanguage() {
        CliRun r = CliRun.of("pension", "--returns", RETURNS, "--month", "2025-07", "--policy", POLICY);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Pensionsmedelsportföljen juli 2025").contains("2,9 %").contains("2,2 %")
                .contains("0,7 %").contains("−0,1 %").contains("−0,2 %").contains("6 377,0").contains("Inom limit");
        CliRun json = CliRun.of("pension", "--returns", RETURNS, "--format", "json");
        assertThat(json.out()).contains("\"month\" : \"2026-02\"").contains("\"asset_class\" : \"fixed_income\"")
                .contains("\"tracking_error\"");
    }

    @Test
    void aMonthTheFileDoesNotCoverIsBadInput() {
        CliRun r = CliRun.of("pension", "--returns", RETURNS, "--month", "2020-01");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no returns for 2020-01; the file covers 2024-08 – 2026-02");
    }

    @Test
    void usageErrorsExitWithTwoAndEveryCommandHasHelp() {
        assertThat(CliRun.of("debt", "--loans", JULY_LOANS).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("debt", "--loans", JULY_LOANS, "--as-of", "31/07/2025").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("pension", "--returns", RETURNS, "--month", "2025-7").exitCode()).isEqualTo(ExitCode.USAGE);
        for (String cmd : new String[] {"debt", "pension"}) {
            CliRun r = CliRun.of(cmd, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }
}
