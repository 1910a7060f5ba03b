package se.balans.io.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.money.Money;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.policy.PolicyMetric;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.io.InputFileException;

/** Bad treasury input is refused with the file, the line and the column named. */
class TreasuryFilesTest {
    static final String LOANS_HEADER = "id,lender,amount,start_date,maturity_date,rate_type,rate,next_fixing_date\n";
    static final String GOOD_LOAN = "K1,Kommuninvest,200,2026-02-16,2030-12-16,fixed,2.84,\n";

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    Path loans(String... rows) throws IOException {
        return file("loans.csv", LOANS_HEADER + GOOD_LOAN + String.join("", rows));
    }

    @Test
    void aNegativeAmountIsRefused() throws IOException {
        Path f = loans("K2,SEB,-200,2026-02-16,2030-12-16,fixed,2.84,\n");
        assertThatThrownBy(() -> LoanRegister.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column amount: K2: the amount must be positive, got -200 mnkr");
    }

    @Test
    void aMaturityBeforeTheStartIsRefused() throws IOException {
        Path f = loans("K2,SEB,200,2026-02-16,2025-12-16,fixed,2.84,\n");
        assertThatThrownBy(() -> LoanRegister.read(f))
                .hasMessage(f + ":3: column maturity_date: K2: the maturity date 2025-12-16 must be after the start "
                        + "date 2026-02-16");
    }

    @Test
    void anUnknownRateTypeIsRefused() throws IOException {
        Path f = loans("K2,SEB,200,2026-02-16,2030-12-16,fixd,2.84,\n");
        assertThatThrownBy(() -> LoanRegister.read(f))
                .hasMessage(f + ":3: column rate_type: unknown rate type \"fixd\"; expected fixed, floating or swap");
    }

    @Test
    void aFloatingLoanWithoutAFixingDateIsRefused() throws IOException {
        Path f = loans("K2,SEB,200,2026-02-16,2027-02-16,floating,2.24,\n");
        assertThatThrownBy(() -> LoanRegister.read(f))
                .hasMessage(f + ":3: column next_fixing_date: K2: a floating-rate loan needs its next fixing date");
    }

    @Test
    void otherMistakesNameTheirLineAndColumnToo() throws IOException {
        Path dup = loans(GOOD_LOAN);
        assertThatThrownBy(() -> LoanRegister.read(dup)).hasMessage(dup + ":3: column id: K1 appears twice (also on line 2)");
        Path date = loans("K2,SEB,200,16/02/2026,2030-12-16,fixed,2.84,\n");
        assertThatThrownBy(() -> LoanRegister.read(date))
                .hasMessageStartingWith(date + ":3: column start_date: expected an ISO date such as 2025-07-31");
        Path swap = loans("S1,SEB,100,2026-02-16,2030-12-16,swap,2.5,2026-05-16\n");
        assertThatThrownBy(() -> LoanRegister.read(swap)).hasMessageStartingWith(swap + ":3: column next_fixing_date:");
        Path missing = file("loans.csv", "id,lender,amount,start_date,maturity_date,rate_type,rate\n");
        assertThatThrownBy(() -> LoanRegister.read(missing))
                .hasMessage(missing + ":1: column next_fixing_date: required column is missing from the header");
    }

    @Test
    void aFixingThatHasPassedByTheAsOfDateNamesTheLoansLine() throws IOException {
        Path f = loans("R1,SEB,100,2025-02-16,2027-02-16,floating,2.24,2025-05-16\n");
        LoanRegister r = LoanRegister.read(f);
        assertThatThrownBy(() -> r.metrics(LocalDate.of(2026, 2, 28))).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ":3: column next_fixing_date: R1: the next fixing date 2025-05-16 is not "
                        + "after the as-of date 2026-02-28");
    }

    @Test
    void aSwapIsReadWithItsNotionalAndFixedRate() throws IOException {
        Path f = loans("R1,SEB,100,2025-02-16,2029-02-16,floating,2.24,2026-05-18\n",
                "S1,Nordea,100,2025-02-16,2030-02-18,swap,2.5,\n");
        PortfolioMetrics m = LoanRegister.read(f).metrics(LocalDate.of(2026, 2, 28));
        assertThat(m.totalDebt()).isEqualTo(Money.ofMnkr("300"));
        assertThat(m.swapCount()).isEqualTo(1);
        // (200 × 2.84 % + 100 × 2.5 %) / 300
        assertThat(m.averageRateInclSwaps()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.02726666666666667"));
    }

    @Test
    void returnsAreReadInAnyOrderAndAGapOrDuplicateNamesItsLine() throws IOException {
        String header = "month,asset_class,portfolio_return,benchmark_return\n";
        PensionPortfolio p = PensionReturnsFile.read(file("r.csv", header
                + "2025-02,total,-1.5,-1.2\n2025-01,total,2.0,1.8\n"));
        assertThat(p.series(AssetClass.TOTAL).orElseThrow().first().toString()).isEqualTo("2025-01");
        Path gap = file("gap.csv", header + "2025-01,total,2.0,1.8\n2025-03,total,1,1\n");
        assertThatThrownBy(() -> PensionReturnsFile.read(gap))
                .hasMessage(gap + ":3: column month: total: months must follow each other; 2025-02 missing between "
                        + "2025-01 and 2025-03");
        Path dup = file("dup.csv", header + "2025-01,total,2.0,1.8\n2025-01,total,1,1\n");
        assertThatThrownBy(() -> PensionReturnsFile.read(dup))
                .hasMessage(dup + ":3: column month: total 2025-01 appears twice (also on line 2)");
        Path cls = file("cls.csv", header + "2025-01,alternatives,2.0,1.8\n");
        assertThatThrownBy(() -> PensionReturnsFile.read(cls)).hasMessageStartingWith(cls + ":2: column asset_class:");
        Path month = file("month.csv", header + "2025-1,total,2.0,1.8\n");
        assertThatThrownBy(() -> PensionReturnsFile.read(month))
                .hasMessage(month + ":2: column month: expected a month such as 2025-07, got \"2025-1\"");
    }

    @Test
    void policyLimitsAreReadInTheirUnitsAndContradictionsRefused() throws IOException {
        FinancePolicy p = FinancePolicyFile.read(file("p.csv",
                "metric,asset_class,min,max\ntotal_debt,,,4000\nshare_maturing_12m,,,30\nallocation,equities,40,70\n"));
        assertThat(p.borrowingLimit()).contains(Money.ofMnkr("4000"));
        assertThat(p.limit(PolicyMetric.SHARE_MATURING_12M).orElseThrow().max())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.3"));
        Path reversed = file("r.csv", "metric,min,max\ninterest_binding_years,4,1.5\n");
        assertThatThrownBy(() -> FinancePolicyFile.read(reversed)).hasMessageStartingWith(reversed + ":2: column max:");
        Path unknown = file("u.csv", "metric,min,max\nduration,1,2\n");
        assertThatThrownBy(() -> FinancePolicyFile.read(unknown)).hasMessageStartingWith(unknown + ":2: column metric:");
        Path twice = file("t.csv", "metric,min,max\nshare_maturing_12m,,30\nshare_maturing_12m,,20\n");
        assertThatThrownBy(() -> FinancePolicyFile.read(twice))
                .hasMessage(twice + ":3: column metric: share_maturing_12m is limited twice (also on line 2)");
    }

    @Test
    void aCashMonthIsReadOnce() throws IOException {
        Path twice = file("c.csv", "month,cash\n2025-07,517\n2025-07,518\n");
        assertThatThrownBy(() -> CashFile.read(twice)).hasMessage(twice + ":3: column month: 2025-07 appears twice "
                + "(also on line 2)");
    }

    @Test
    void aLoanOfAHundredMillionMnkrIsRefusedAsAnAmountNoRegionBorrows() throws IOException {
        Path f = loans("K2,SEB,100000000,2026-02-16,2030-12-16,fixed,2.84,\n");
        assertThatThrownBy(() -> LoanRegister.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: column amount: K2: 100000000 mnkr is more than any single loan of a region (at most "
                        + "100000 mnkr): amounts are in mnkr, not kronor or tkr");
        Path swap = loans("S1,SEB,200000,2026-02-16,2030-12-16,swap,2.5,\n");
        assertThatThrownBy(() -> LoanRegister.read(swap)).hasMessageStartingWith(swap + ":3: column amount: S1: 200000 mnkr");
        assertThat(LoanRegister.read(loans("K2,SEB,100000,2026-02-16,2030-12-16,fixed,2.84,\n")).portfolio())
                .as("the bound itself is allowed").isNotNull();
    }

    @Test
    void aShareLimitOutside0To100PercentIsRefusedNamingItsEnd() throws IOException {
        Path f = file("p.csv", "metric,asset_class,min,max\nshare_maturing_12m,,,250\n");
        assertThatThrownBy(() -> FinancePolicyFile.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":2: column max: share_maturing_12m: a share is 0–100 %, got max 250 % (shares are "
                        + "given in percent, e.g. 30)");
        Path negative = file("n.csv", "metric,asset_class,min,max\nallocation,equities,-10,70\n");
        assertThatThrownBy(() -> FinancePolicyFile.read(negative))
                .hasMessage(negative + ":2: column min: allocation: a share is 0–100 %, got min -10 % (shares are "
                        + "given in percent, e.g. 30)");
        assertThat(FinancePolicyFile.read(file("ok.csv", "metric,asset_class,min,max\nallocation,equities,0,100\n"))
                .limits()).as("both bounds are allowed").hasSize(1);
    }

    @Test
    void aNegativeBindingOrAnImplausibleBorrowingLimitIsRefused() throws IOException {
        Path years = file("y.csv", "metric,min,max\ninterest_binding_years,-1,4\n");
        assertThatThrownBy(() -> FinancePolicyFile.read(years))
                .hasMessage(years + ":2: column min: interest_binding_years: a binding is 0–50 years, got min -1");
        Path debt = file("d.csv", "metric,min,max\ntotal_debt,,4000000000\n");
        assertThatThrownBy(() -> FinancePolicyFile.read(debt))
                .hasMessage(debt + ":2: column max: total_debt: a limit on the debt is 0–1000000 mnkr, got max 4000000000 "
                        + "mnkr (amounts are in mnkr, not kronor or tkr)");
    }
}
