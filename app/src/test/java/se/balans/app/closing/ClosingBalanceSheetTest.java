package se.balans.app.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.SampleWorkspace;
import se.balans.app.ledger.ImportLedger;
import se.balans.engine.balancesheet.BalanceSheetFollowUp;
import se.balans.engine.balancesheet.BalanceSheetPosition;
import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.store.Store;

/**
 * A small ledger of another organisation (Region Fjällbo, illustrative), by hand: SIE 4 with opening
 * balances for 2027 and three months of vouchers, closed in March. The balance sheet, soliditet both
 * ways and the trial balance follow from what the closing recorded.
 */
class ClosingBalanceSheetTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3);

    @TempDir
    Path dir;

    /** The configuration: two committees, Region-Bas-like accounts, the balance-sheet mapping, a pension statement. */
    Path config() throws IOException {
        Path c = Files.createDirectories(dir.resolve("config"));
        Files.writeString(c.resolve("committees.csv"), "code,name\nRS,Regionstyrelsen\nHSN,Hälso- och sjukvårdsnämnden\n");
        Files.writeString(c.resolve("account-mapping.csv"), """
                from,to,line
                1,2,balance
                3,3,operating_revenue
                4,7,operating_costs
                78,78,depreciation
                80,80,tax_revenue
                89,89,balance
                """);
        Files.writeString(c.resolve("cost-centre-mapping.csv"), """
                from,to,committee,account_from,account_to
                1000,1999,RS,,
                2000,2999,HSN,,
                ,,RS,8,8
                """);
        Files.writeString(c.resolve("budget-2027.csv"), """
                committee,line,amount
                RS,tax_revenue,0.0036
                HSN,operating_costs,-0.0032
                """);
        Files.writeString(c.resolve("balance-sheet-mapping.csv"), """
                from,to,line
                10,13,fixed_assets
                14,19,current_assets
                20,20,opening_equity
                22,22,other_provisions
                221,221,pension_provisions
                23,23,long_term_liabilities
                24,29,current_liabilities
                89,89,result
                19,19,cash
                231,231,interest_bearing_debt
                """);
        Files.writeString(c.resolve("pension-liability.csv"), """
                date,contingent_liability,kind,source
                2027-03-31,0.0004,outcome,KPA Q1 2027
                """);
        return c;
    }

    /** Amounts in SEK: opening balances, taxes 900 in, salaries 800 out, depreciation 30, a pension provision 20, a loan 100. */
    Path ledger(String extraOpening) throws IOException {
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
                #IB 0 1930 200.00
                #IB 0 2010 -500.00
                #IB 0 2210 -300.00
                #IB 0 2310 -350.00
                #IB 0 2440 -50.00
                """ + extraOpening + """
                #VER A 1 20270115 "Skatt januari"
                {
                #TRANS 8011 {} -900.00
                #TRANS 1930 {} 900.00
                }
                #VER A 2 20270225 "Löner februari"
                {
                #TRANS 5010 {1 "2100"} 800.00
                #TRANS 1930 {} -800.00
                }
                #VER A 3 20270331 "Avskrivning mars"
                {
                #TRANS 7810 {1 "2100"} 30.00
                #TRANS 1119 {} -30.00
                }
                #VER A 4 20270331 "Pensionsavsättning mars"
                {
                #TRANS 5710 {1 "2100"} 20.00
                #TRANS 2210 {} -20.00
                }
                #VER A 5 20270331 "Nytt lån"
                {
                #TRANS 1930 {} 100.00
                #TRANS 2310 {} -100.00
                }
                """, Charset.forName("IBM437"));
        return f;
    }

    Store closed(String extraOpening) throws IOException {
        Store store = SampleWorkspace.emptyStore();
        ImportLedger.run(store, new ImportLedger.Request(ledger(extraOpening), false), (d, t) -> { });
        CloseMonth.run(store, new CloseMonth.Request(MARCH, ClosingSetupReader.read(config())));
        return store;
    }

    @Test
    void theMarchBalanceSheetOfAnotherRegionFromItsOpeningBalancesAndVouchers() throws IOException {
        try (Store store = closed("")) {
            var stored = store.closing(MARCH).orElseThrow();
            BalanceSheetFollowUp f = ClosingBalanceSheet.of(store, stored, Optional.empty(), Optional.empty())
                    .balanceSheet().orElseThrow();
            BalanceSheetPosition p = f.position();

            assertThat(p.opening()).isEqualTo(BalanceSheetPosition.Opening.FILE);
            assertThat(p.value(BalanceSheetLine.FIXED_ASSETS)).isEqualTo(Money.ofSek(970));
            assertThat(p.value(BalanceSheetLine.TOTAL_ASSETS)).isEqualTo(Money.ofSek(1370));
            assertThat(p.value(BalanceSheetLine.RESULT_FOR_YEAR)).isEqualTo(Money.ofSek(50));
            assertThat(p.value(BalanceSheetLine.EQUITY)).isEqualTo(Money.ofSek(550));
            assertThat(p.value(BalanceSheetLine.PENSION_PROVISIONS)).isEqualTo(Money.ofSek(320));
            assertThat(p.cash()).isEqualTo(Money.ofSek(400));
            assertThat(p.interestBearingDebt()).isEqualTo(Money.ofSek(450));
            assertThat(p.ties()).isTrue();
            // The closing's result statement and the sheet's result agree: årets resultat 50 to date.
            assertThat(stored.closing().line(se.balans.engine.statement.IncomeStatementLine.RESULT_FOR_YEAR).ytd())
                    .isEqualTo(Money.ofSek(50));
            // Soliditet 550 / 1 370 = 40.1 %; with the ansvarsförbindelse of 400 kr: 150 / 1 370 = 10.9 %.
            assertThat(f.equityRatio().orElseThrow().movePointRight(2).setScale(1, RoundingMode.HALF_EVEN))
                    .isEqualByComparingTo("40.1");
            assertThat(f.equityRatioInclPensionCommitments().orElseThrow().movePointRight(2)
                    .setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("10.9");
            assertThat(stored.config()).anyMatch(c -> c.name().equals("balance-sheet-mapping.csv"))
                    .anyMatch(c -> c.name().equals("pension-liability.csv"));
            assertThat(VerifyClosings.run(store, Optional.of(MARCH)).ok()).isTrue();
        }
    }

    /** With a forecast round, the forecast year end carries its result of record: 120 kr, not the computed one. */
    @Test
    void theForecastYearEndCarriesTheResultOfRecordWhenTheMonthHasARound() throws IOException {
        try (Store store = closed("")) {
            var stored = store.closing(MARCH).orElseThrow();
            BalanceSheetFollowUp computed = ClosingBalanceSheet.of(store, stored, Optional.empty(), Optional.empty())
                    .balanceSheet().orElseThrow();
            BalanceSheetFollowUp ofRecord = ClosingBalanceSheet.of(stored, () -> StoredClosings.ledger(store, stored),
                    Optional.empty(), Optional.empty(), Optional.of(Money.ofSek(120))).balanceSheet().orElseThrow();

            assertThat(ofRecord.forecast().orElseThrow().value(BalanceSheetLine.RESULT_FOR_YEAR))
                    .isEqualTo(Money.ofSek(120));
            Money difference = Money.ofSek(120).minus(computed.forecast().orElseThrow()
                    .value(BalanceSheetLine.RESULT_FOR_YEAR));
            assertThat(ofRecord.forecast().orElseThrow().value(BalanceSheetLine.EQUITY)).as("equity moves with it")
                    .isEqualTo(computed.forecast().orElseThrow().value(BalanceSheetLine.EQUITY).plus(difference));
        }
    }

    @Test
    void openingBalancesThatDoNotSumToZeroAreNamedInTheSheetAndByVerify() throws IOException {
        try (Store store = closed("#IB 0 1510 0.50\n")) {
            var stored = store.closing(MARCH).orElseThrow();
            BalanceSheetPosition p = ClosingBalanceSheet.of(store, stored, Optional.empty(), Optional.empty())
                    .balanceSheet().orElseThrow().position();

            assertThat(p.ties()).isFalse();
            assertThat(p.trialBalanceDifference()).isEqualTo(Money.ofSek(new java.math.BigDecimal("0.50")));
            var check = VerifyClosings.run(store, Optional.of(MARCH));
            assertThat(check.ok()).isFalse();
            assertThat(check.closings().get(0).differences()).anySatisfy(d -> assertThat(d.figure())
                    .contains("trial balance"));
        }
    }

    @Test
    void withoutABalanceSheetMappingTheClosingSaysWhy() throws IOException {
        Path c = config();
        Files.delete(c.resolve("balance-sheet-mapping.csv"));
        try (Store store = SampleWorkspace.emptyStore()) {
            ImportLedger.run(store, new ImportLedger.Request(ledger(""), false), (d, t) -> { });
            CloseMonth.run(store, new CloseMonth.Request(MARCH, ClosingSetupReader.read(c)));
            var r = ClosingBalanceSheet.of(store, store.closing(MARCH).orElseThrow(), Optional.empty(), Optional.empty());
            assertThat(r.balanceSheet()).isEmpty();
            assertThat(r.missing()).hasValueSatisfying(m -> assertThat(m).contains("balance-sheet-mapping.csv"));
        }
    }

    @Test
    void aReExportThatChangesOnlyTheOpeningBalancesMakesTheClosingStale() throws IOException {
        try (Store store = closed("")) {
            // The same vouchers, but 10 kr moved from the bank to receivables in the opening balances.
            Path again = ledger("#IB 0 1510 10.00\n#IB 0 1930 -10.00\n");
            ImportLedger.run(store, new ImportLedger.Request(again, true), (d, t) -> { });

            assertThat(Staleness.of(store)).singleElement()
                    .satisfies(s -> assertThat(s.closing().period()).isEqualTo(MARCH));
        }
    }

    @Test
    void aRevisedBudgetIsTheOneTheClosingUsesShownAgainstTheAdoptedOne() throws IOException {
        Path c = config();
        // The council revised the year's tax revenue from 3 600 to 3 900 kr (0.0039 mnkr).
        Files.writeString(c.resolve("budget-2027-r1.csv"), """
                committee,line,amount
                RS,tax_revenue,0.0039
                HSN,operating_costs,-0.0032
                """);
        try (Store store = SampleWorkspace.emptyStore()) {
            ImportLedger.run(store, new ImportLedger.Request(ledger(""), false), (d, t) -> { });
            CloseMonth.run(store, new CloseMonth.Request(MARCH, ClosingSetupReader.read(c)));
            var stored = store.closing(MARCH).orElseThrow();
            var tax = se.balans.engine.statement.IncomeStatementLine.TAX_REVENUE;

            var revision = ClosingBudget.revision(stored).orElseThrow();

            assertThat(stored.closing().line(tax).budgetYear()).isEqualTo(Money.ofSek(3900));
            assertThat(revision.used()).isEqualTo("budget-2027-r1.csv");
            assertThat(revision.adopted(tax)).contains(Money.ofSek(3600));
            assertThat(revision.revised(tax).minus(revision.adopted(tax).orElseThrow())).isEqualTo(Money.ofSek(300));
        }
    }
}
