package se.balans.app.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.SampleWorkspace;
import se.balans.app.closing.CloseMonth;
import se.balans.app.ledger.ImportLedger;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.investment.InvestmentFollowUp;
import se.balans.engine.investment.InvestmentFollowUp.ForecastBasis;
import se.balans.engine.investment.InvestmentProjectFollowUp;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * A small ledger of another organisation (Region Fjällbo, illustrative), by hand, in SEK: taxes 900 in,
 * salaries 800 and depreciation 30 out (årets resultat 70, depreciation −30: 100 from operations), and
 * investments of 200 — buildings 100 in January, IT 60 in February, medical equipment 40 in March —
 * closed in March 2027, and followed up against a budget in mnkr (property 0.0006 with 0.0002 carried
 * in from 2026, IT 0.00036, medical equipment 0.00024).
 */
class ClosingInvestmentsTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3);

    @TempDir
    Path dir;

    Path config(boolean withSheet) throws IOException {
        Path c = Files.createDirectories(dir.resolve("config"));
        Files.writeString(c.resolve("committees.csv"), "code,name\nRS,Regionstyrelsen\n");
        Files.writeString(c.resolve("account-mapping.csv"), """
                from,to,line
                1,2,balance
                3,3,operating_revenue
                4,7,operating_costs
                78,78,depreciation
                80,80,tax_revenue
                """);
        Files.writeString(c.resolve("cost-centre-mapping.csv"), """
                from,to,committee,account_from,account_to
                1000,2999,RS,,
                ,,RS,8,8
                """);
        Files.writeString(c.resolve("budget-2027.csv"), "committee,line,amount\nRS,tax_revenue,0.0036\n");
        if (withSheet) {
            Files.writeString(c.resolve("balance-sheet-mapping.csv"), """
                    from,to,line
                    10,13,fixed_assets
                    14,19,current_assets
                    20,20,opening_equity
                    23,23,long_term_liabilities
                    24,29,current_liabilities
                    """);
        }
        Files.writeString(c.resolve("investment-accounts.csv"), """
                from,to,category,name,name_en
                11,11,property,Fastighet,Property
                1119,1119,excluded,,
                1220,1220,medical_equipment,Medicinteknik,Medical equipment
                1250,1250,it,IT,IT
                """);
        Files.writeString(c.resolve("investment-budget.csv"), """
                year,category,amount
                2027,property,0.0006
                2027,medical_equipment,0.00024
                2027,it,0.00036
                """);
        Files.writeString(c.resolve("investment-carryover.csv"), """
                from_year,to_year,category,amount,decision
                2026,2027,property,0.0002,RS 2027-02-16 § 8
                """);
        return c;
    }

    Path ledger(String extra) throws IOException {
        Path f = dir.resolve("fjallbo-2027.se");
        Files.writeString(f, """
                #FLAGGA 0
                #FORMAT PC8
                #SIETYP 4
                #FNAMN "Region Fjällbo"
                #RAR 0 20270101 20271231
                #DIM 1 "Kostnadsställe"
                #OBJEKT 1 "2100" "Sjukhuset"
                #IB 0 1110 1000.00
                #IB 0 1930 500.00
                #IB 0 2010 -1500.00
                #VER A 1 20270115 "Skatt januari"
                {
                #TRANS 8011 {} -900.00
                #TRANS 1930 {} 900.00
                }
                #VER I 1 20270120 "Ombyggnad"
                {
                #TRANS 1110 {} 100.00
                #TRANS 1930 {} -100.00
                }
                #VER A 2 20270225 "Löner februari"
                {
                #TRANS 5010 {1 "2100"} 800.00
                #TRANS 1930 {} -800.00
                }
                #VER I 2 20270215 "Servrar"
                {
                #TRANS 1250 {} 60.00
                #TRANS 1930 {} -60.00
                }
                #VER A 3 20270331 "Avskrivning mars"
                {
                #TRANS 7810 {1 "2100"} 30.00
                #TRANS 1119 {} -30.00
                }
                #VER I 3 20270310 "Ultraljud"
                {
                #TRANS 1220 {} 40.00
                #TRANS 1930 {} -40.00
                }
                """ + extra, Charset.forName("IBM437"));
        return f;
    }

    Store closed(boolean withSheet, String extra) throws IOException {
        Store store = SampleWorkspace.emptyStore();
        ImportLedger.run(store, new ImportLedger.Request(ledger(extra), false), (d, t) -> { });
        CloseMonth.run(store, new CloseMonth.Request(MARCH, ClosingSetupReader.read(config(withSheet))));
        return store;
    }

    static Money sek(long sek) {
        return Money.ofSek(sek);
    }

    @Test
    void theInvestmentsOfTheClosingAgainstTheBudgetWithTheResultAndDepreciationOfTheClosing() throws IOException {
        try (Store store = closed(true, "")) {
            StoredClosing stored = store.closing(MARCH).orElseThrow();
            InvestmentFollowUp f = ClosingInvestments.of(store, stored, dir.resolve("config")).investments().orElseThrow();
            assertThat(f.categories()).extracting(c -> c.figures().yearToDate()).containsExactly(sek(100), sek(40), sek(60));
            assertThat(f.categories()).extracting(c -> c.figures().month()).containsExactly(sek(0), sek(40), sek(0));
            assertThat(f.categories()).extracting(c -> c.figures().budgetOfYear()).containsExactly(sek(800), sek(240),
                    sek(360));
            // The budget at an even pace for the nine months left: 100 + 600, 40 + 180, 60 + 270.
            assertThat(f.categories()).extracting(c -> c.forecastBasis()).containsOnly(ForecastBasis.BUDGET_PACE);
            assertThat(f.categories()).extracting(c -> c.figures().forecast()).containsExactly(sek(700), sek(220), sek(330));
            assertThat(f.total().yearToDate()).isEqualTo(sek(200));
            assertThat(f.total().remaining()).isEqualTo(sek(1200));
            assertThat(f.total().deviation()).isEqualTo(sek(150));

            MonthlyClosing c = stored.closing();
            assertThat(f.funds().resultYtd()).isEqualTo(sek(70)).isEqualTo(c.line(IncomeStatementLine.RESULT_FOR_YEAR).ytd());
            assertThat(f.funds().depreciationYtd()).isEqualTo(sek(-30));
            assertThat(f.selfFinancingYtd()).hasValueSatisfying(r -> assertThat(r).as("(70 + 30) / 200")
                    .isEqualByComparingTo("0.5"));
            Money fundsYear = c.line(IncomeStatementLine.RESULT_FOR_YEAR).forecastYear()
                    .minus(c.line(IncomeStatementLine.DEPRECIATION).forecastYear());
            assertThat(f.selfFinancingYear()).hasValueSatisfying(r -> assertThat(r)
                    .isEqualByComparingTo(fundsYear.ratioTo(sek(1250))));
        }
    }

    /**
     * A closing records the investment files it was closed with: a budget changed in the folder afterwards does
     * not change the closed month's follow-up.
     */
    @Test
    void theInvestmentFilesAreThoseTheClosingRecorded() throws IOException {
        try (Store store = SampleWorkspace.emptyStore()) {
            ImportLedger.run(store, new ImportLedger.Request(ledger(""), false), (d, t) -> { });
            Path config = config(true);
            CloseMonth.run(store, new CloseMonth.Request(MARCH, se.balans.io.followup.ClosingInputs.read(config)));
            Files.writeString(config.resolve("investment-budget.csv"), "year,category,amount\n2027,property,9\n");

            InvestmentFollowUp f = ClosingInvestments.of(store, store.closing(MARCH).orElseThrow(), config)
                    .investments().orElseThrow();
            assertThat(f.total().budget()).as("property 600, medical equipment 240, IT 360 as closed")
                    .isEqualTo(sek(1200));
        }
    }

    /**
     * With a forecast round for the month, the year's självfinansieringsgrad takes årets resultat of record, as the
     * rest of the report forecasts the year: (result of record 40 + depreciation) / the investment forecast.
     */
    @Test
    void theYearsSelfFinancingTakesTheResultOfRecordWhenTheMonthHasARound() throws IOException {
        try (Store store = closed(true, "")) {
            StoredClosing stored = store.closing(MARCH).orElseThrow();
            InvestmentFollowUp f = ClosingInvestments.of(stored, () -> se.balans.app.closing.StoredClosings.ledger(store,
                    stored), dimension -> List.of(), dir.resolve("config"), Optional.of(sek(40))).investments()
                    .orElseThrow();
            Money depreciation = stored.closing().line(IncomeStatementLine.DEPRECIATION).forecastYear();
            assertThat(f.funds().resultOfRecord()).isTrue();
            assertThat(f.funds().resultForecastYear()).isEqualTo(sek(40));
            assertThat(f.selfFinancingYear()).hasValueSatisfying(r -> assertThat(r)
                    .isEqualByComparingTo(sek(40).minus(depreciation).ratioTo(sek(1250))));
            assertThat(f.selfFinancingYtd()).as("to date, the outcome").hasValueSatisfying(r -> assertThat(r)
                    .isEqualByComparingTo("0.5"));
        }
    }

    @Test
    void aFixedAssetAccountInNoCategoryLeavesTheFollowUpOutAndSaysWhichAccount() throws IOException {
        try (Store store = closed(true, """
                #VER I 4 20270320 "Bil"
                {
                #TRANS 1240 {} 25.00
                #TRANS 1930 {} -25.00
                }
                """)) {
            ClosingInvestments.Result r = ClosingInvestments.of(store, store.closing(MARCH).orElseThrow(),
                    dir.resolve("config"));
            assertThat(r.investments()).isEmpty();
            assertThat(r.missing()).hasValueSatisfying(m -> assertThat(m).contains("the fixed-asset account 1240 is in "
                    + "no investment category and not excluded"));
        }
    }

    @Test
    void withoutTheMappingOrTheBalanceSheetMappingItSaysWhy() throws IOException {
        try (Store store = closed(false, "")) {
            StoredClosing stored = store.closing(MARCH).orElseThrow();
            assertThat(ClosingInvestments.of(store, stored, dir.resolve("config")).missing())
                    .hasValueSatisfying(m -> assertThat(m).contains("recorded no balance-sheet mapping"));
            Path empty = Files.createDirectories(dir.resolve("empty"));
            assertThat(ClosingInvestments.of(store, stored, empty).missing())
                    .hasValueSatisfying(m -> assertThat(m).contains("has no investment-accounts.csv"));
        }
    }

    /**
     * Fjällbo's projects, SIE dimension 6, through the store: the January rebuild (100) and 15 of the servers
     * carry project P10 and a later voucher 25 on 1110 for P10 split over two cost centres; 7 of salaries for
     * P10 are no investment; 5 on 1250 carry P99, which nobody registered. P10's budget 0.0002 mnkr (200 SEK).
     */
    @Test
    void theInvestmentsPerProjectComeFromTheLedgersProjectDimension() throws IOException {
        try (Store store = closed(true, """
                #VER I 4 20270325 "Ombyggnad, etapp 2"
                {
                #TRANS 1110 {1 "2100" 6 "P10"} 20.00
                #TRANS 1110 {6 "P10" 1 "2200"} 5.00
                #TRANS 5010 {1 "2100" 6 "P10"} 7.00
                #TRANS 1250 {6 "P99"} 5.00
                #TRANS 1930 {} -37.00
                }
                """)) {
            Path config = dir.resolve("config");
            Files.writeString(config.resolve("investment-projects.csv"), """
                    dimension,project,category,name
                    6,P10,property,Ombyggnad hus 2
                    """);
            Files.writeString(config.resolve("investment-budget.csv"), """
                    year,category,project,amount
                    2027,property,P10,0.0002
                    2027,property,,0.0004
                    2027,medical_equipment,,0.00024
                    2027,it,,0.00036
                    """);
            InvestmentFollowUp f = ClosingInvestments.of(store, store.closing(MARCH).orElseThrow(), config)
                    .investments().orElseThrow();

            InvestmentProjectFollowUp p = f.projects().orElseThrow();
            assertThat(p.projects()).extracting(InvestmentProjectFollowUp.Line::code).containsExactly("P10", "P99");
            assertThat(p.projects().get(0).figures().yearToDate()).as("20 + 5 on 1110; the 7 of salaries is no investment")
                    .isEqualTo(sek(25));
            assertThat(p.projects().get(0).figures().month()).isEqualTo(sek(25));
            assertThat(p.projects().get(0).figures().budget()).isEqualTo(sek(200));
            assertThat(p.unregistered()).singleElement().satisfies(l -> {
                assertThat(l.figures().yearToDate()).isEqualTo(sek(5));
                assertThat(l.category()).isEqualTo("it");
            });
            // all investments 100 + 60 + 40 + 30: 25 + 5 in projects, 200 without one
            assertThat(f.total().yearToDate()).isEqualTo(sek(230));
            assertThat(p.withoutProject().yearToDate()).isEqualTo(sek(200));
        }
    }

    /**
     * A re-export that adds the projects to postings already imported changes no account's balance, so March's
     * closing stays current; the projects come from the current import, and tie to the closing's total.
     */
    @Test
    void projectsAddedByAReExportAreFollowedUpWithoutClosingAgain() throws IOException {
        String withoutProject = """
                #VER I 4 20270325 "Ombyggnad, etapp 2"
                {
                #TRANS 1110 {1 "2100"} 25.00
                #TRANS 1930 {} -25.00
                }
                """;
        try (Store store = closed(true, withoutProject)) {
            Path config = dir.resolve("config");
            Files.writeString(config.resolve("investment-projects.csv"), "dimension,project,category,name\n"
                    + "6,P10,property,Ombyggnad hus 2\n");
            // the same file exported again, the rebuild now booked with its project
            Path reExport = ledger(withoutProject.replace("{1 \"2100\"} 25.00", "{1 \"2100\" 6 \"P10\"} 25.00"));
            ImportLedger.run(store, new ImportLedger.Request(reExport, true), (d, t) -> { });

            StoredClosing stored = store.closing(MARCH).orElseThrow();
            assertThat(se.balans.app.closing.Staleness.of(store)).as("no balance changed").isEmpty();
            InvestmentFollowUp f = ClosingInvestments.of(store, stored, config).investments().orElseThrow();
            assertThat(f.projects().orElseThrow().projects()).singleElement()
                    .satisfies(l -> assertThat(l.figures().yearToDate()).isEqualTo(sek(25)));
            assertThat(f.projects().orElseThrow().withoutProject().yearToDate()).isEqualTo(sek(200));
        }
    }

    /**
     * The sample region's December 2025 (seed 000): investeringsutgifterna 1 009, a negative deviation of 15
     * against the budget; fastighet −27, medicinteknisk utrustning −21, IT +36, verksamhetsservice on budget.
     */
    @Test
    void theSampleRegionsYear2025IsSeed000s() {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            YearMonth december = YearMonth.of(2025, 12);
            CloseMonth.run(store, new CloseMonth.Request(december, SampleWorkspace.setup()));
            InvestmentFollowUp f = ClosingInvestments.of(store, store.closing(december).orElseThrow(),
                    SampleWorkspace.region()).investments().orElseThrow();
            assertThat(f.total().yearToDate()).isEqualTo(Money.ofMnkr("1009"));
            assertThat(f.total().forecast()).isEqualTo(Money.ofMnkr("1009"));
            assertThat(f.total().budget()).as("the investment frame").isEqualTo(Money.ofMnkr("893"));
            assertThat(f.total().carriedIn()).isEqualTo(Money.ofMnkr("101"));
            assertThat(f.total().deviation()).isEqualTo(Money.ofMnkr("-15"));
            assertThat(f.categories()).extracting(c -> c.category().code() + " " + c.figures().deviation().toMnkr())
                    .containsExactly("property -27", "medical_equipment -21", "it 36", "service 0", "other -3");
            assertThat(f.selfFinancingYear()).isPresent();
            assertThat(f.selfFinancingYtd()).isEqualTo(f.selfFinancingYear());
            assertThat(f.categories().get(0).accountsYtd()).containsOnlyKeys("1110", "1120");
            // the sample's projects (illustrative): the ledger's dimension 6 against investment-budget.csv
            InvestmentProjectFollowUp p = f.projects().orElseThrow();
            assertThat(p.projects()).extracting(l -> l.code() + " " + l.figures().yearToDate().toMnkr() + " "
                    + l.figures().deviation().toMnkr())
                    .containsExactly("P2101 160 -10", "P2203 90 -10", "P4101 50 -5", "P3101 70 20");
            assertThat(p.unregistered()).isEmpty();
            assertThat(p.withoutProject().yearToDate()).isEqualTo(Money.ofMnkr("639"));
        }
    }
}
