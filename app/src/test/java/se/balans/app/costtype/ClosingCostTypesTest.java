package se.balans.app.costtype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.SampleWorkspace;
import se.balans.app.closing.CloseMonth;
import se.balans.app.ledger.ImportLedger;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.costtype.CostType;
import se.balans.engine.costtype.CostTypeFollowUp;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.InputFileException;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.store.Store;
import se.balans.store.StoredClosing;

/**
 * A small ledger of another organisation (Region Fjällbo, illustrative), by hand: SIE 4 for January–March
 * 2026 and 2027, two committees, closed in March 2027; the cost types from the configuration folder.
 * Amounts in kronor.
 */
class ClosingCostTypesTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3);
    static final String COST_TYPES = """
            from,to,cost_type,description
            3,3,other_revenue,
            31,31,care_revenue,
            4,4,other_costs,
            40,40,purchased_care,
            42,42,drugs,
            462,462,agency_staff,
            5,5,personnel,"löner, sociala avgifter och pensioner"
            57,57,pensions,
            6,7,other_costs,
            """;

    @TempDir
    Path dir;

    Path config(String costTypes) throws IOException {
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
        Files.writeString(c.resolve("budget-2027.csv"), "committee,line,amount\nRS,tax_revenue,0.0044\n"
                + "HSN,operating_costs,-0.0028\n");
        if (costTypes != null) {
            Files.writeString(c.resolve("cost-types.csv"), costTypes);
        }
        return c;
    }

    /** One year's SIE file: taxes, salaries and pensions, drugs, agency staff, care revenue. */
    Path year(int y, long taxes, long hsnSalaries, long pensions, long agency, long drugs, long careRevenue,
              long rsSalaries) throws IOException {
        Path f = dir.resolve("fjallbo-" + y + ".se");
        String agencyRow = agency == 0 ? "" : "#TRANS 4620 {1 \"2100\"} " + agency + ".00\n";
        Files.writeString(f, """
                #FLAGGA 0
                #FORMAT PC8
                #SIETYP 4
                #FNAMN "Region Fjällbo"
                #RAR 0 %1$d0101 %1$d1231
                #DIM 1 "Kostnadsställe"
                #VER A 1 %1$d0115 "Skatt januari"
                {
                #TRANS 8011 {} -%2$d.00
                #TRANS 1930 {} %2$d.00
                }
                #VER A 2 %1$d0225 "Löner februari"
                {
                #TRANS 5010 {1 "2100"} %3$d.00
                #TRANS 5710 {1 "2100"} %4$d.00
                %5$s#TRANS 5010 {1 "1100"} %8$d.00
                #TRANS 1930 {} -%9$d.00
                }
                #VER A 3 %1$d0310 "Läkemedel och vårdintäkter mars"
                {
                #TRANS 4210 {1 "2100"} %6$d.00
                #TRANS 3110 {1 "2100"} -%7$d.00
                #TRANS 2440 {} -%6$d.00
                #TRANS 1510 {} %7$d.00
                }
                """.formatted(y, taxes, hsnSalaries, pensions, agencyRow, drugs, careRevenue, rsSalaries,
                hsnSalaries + pensions + agency + rsSalaries), Charset.forName("IBM437"));
        return f;
    }

    Store closed(Path config) throws IOException {
        Store store = SampleWorkspace.emptyStore();
        ImportLedger.run(store, new ImportLedger.Request(year(2026, 1000, 300, 50, 0, 200, 80, 100), false), (d, t) -> { });
        ImportLedger.run(store, new ImportLedger.Request(year(2027, 1100, 330, 60, 25, 216, 92, 105), false), (d, t) -> { });
        CloseMonth.run(store, new CloseMonth.Request(MARCH, ClosingSetupReader.read(config)));
        return store;
    }

    static BigDecimal percent(java.util.Optional<BigDecimal> fraction) {
        return fraction.orElseThrow().movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    @Test
    void theCostTypesOfAStoredClosingByHandTiedToItsResultLines() throws IOException {
        Path config = config(COST_TYPES);
        Files.writeString(config.resolve("cost-type-budget.csv"), """
                year,cost_type,amount,committee
                2027,personnel,0.002,
                2027,drugs,0.00084,HSN
                """);
        try (Store store = closed(config)) {
            StoredClosing stored = store.closing(MARCH).orElseThrow();
            CostTypeFollowUp f = ClosingCostTypes.of(store, stored, config).costTypes().orElseThrow();

            // Personnel 330 + 60 + 105 = 495 against 300 + 50 + 100 = 450: +10 %; the pensions within it +20 %.
            assertThat(f.region().type(CostType.PERSONNEL).orElseThrow().ytd()).isEqualTo(Money.ofSek(495));
            assertThat(percent(f.region().type(CostType.PERSONNEL).orElseThrow().growth())).isEqualByComparingTo("10.00");
            assertThat(percent(f.region().type(CostType.PENSIONS).orElseThrow().growth())).isEqualByComparingTo("20.00");
            assertThat(percent(f.committees().get("HSN").type(CostType.DRUGS).orElseThrow().growth()))
                    .isEqualByComparingTo("8.00");
            // Agency staff is new this year: 25, no growth rate.
            assertThat(f.region().type(CostType.AGENCY_STAFF).orElseThrow().growth()).isEmpty();
            // Budget: personnel 2 000 a year, 500 to March, 495 spent; HSN's drugs 210 to March, 216 spent.
            assertThat(f.region().type(CostType.PERSONNEL).orElseThrow().deviationYtd()).contains(Money.ofSek(5));
            assertThat(f.committees().get("HSN").type(CostType.DRUGS).orElseThrow().deviationYtd())
                    .contains(Money.ofSek(-6));
            // Net cost 495 + 25 + 216 − 92 = 644 against 570: +12,98 %; taxes 1 100 against 1 000: +10 %.
            assertThat(percent(f.netCostGrowth())).isEqualByComparingTo("12.98");
            assertThat(percent(f.taxesAndGrantsGrowth())).isEqualByComparingTo("10.00");

            // The same figures as the closing's result lines, shown positive.
            MonthlyClosing c = stored.closing();
            assertThat(f.region().costs().ytd()).isEqualTo(c.line(IncomeStatementLine.OPERATING_COSTS).ytd().negated());
            assertThat(f.region().revenues().ytd()).isEqualTo(c.line(IncomeStatementLine.OPERATING_REVENUE).ytd());
            assertThat(f.netCost().ytd()).isEqualTo(c.line(IncomeStatementLine.NET_OPERATING_COST).ytd().negated());
            assertThat(f.netCost().ytdLastYear())
                    .isEqualTo(c.line(IncomeStatementLine.NET_OPERATING_COST).ytdLastYear().negated());
            assertThat(f.committees().get("HSN").netCost().ytd()).isEqualTo(c.committeeNetCost("HSN").ytd());
        }
    }

    @Test
    void withoutACostTypeMappingItSaysSoInWords() throws IOException {
        Path config = config(null);
        try (Store store = closed(config)) {
            ClosingCostTypes.Result r = ClosingCostTypes.of(store, store.closing(MARCH).orElseThrow(), config);

            assertThat(r.costTypes()).isEmpty();
            assertThat(r.missing()).hasValueSatisfying(m -> assertThat(m)
                    .contains("there is no cost-type mapping (cost-types.csv) in the configuration folder"));
        }
    }

    @Test
    void anOperatingAccountWithoutACostTypeIsNamedNotPutInOther() throws IOException {
        Path config = config(COST_TYPES.replace("4,4,other_costs,\n", "").replace("462,462,agency_staff,\n", ""));
        try (Store store = closed(config)) {
            ClosingCostTypes.Result r = ClosingCostTypes.of(store, store.closing(MARCH).orElseThrow(), config);

            assertThat(r.costTypes()).isEmpty();
            assertThat(r.missing()).hasValueSatisfying(m -> assertThat(m).startsWith(config.resolve("cost-types.csv")
                    + ": the cost types cannot be followed up: no cost type for the operating_costs account 4620"));
        }
    }

    @Test
    void aBrokenBudgetFileIsRefusedWithItsLineAndColumn() throws IOException {
        Path config = config(COST_TYPES);
        Files.writeString(config.resolve("cost-type-budget.csv"), "year,cost_type,amount,committee\n2027,drugs,1,RUN\n");
        try (Store store = closed(config)) {
            StoredClosing stored = store.closing(MARCH).orElseThrow();

            assertThatThrownBy(() -> ClosingCostTypes.of(store, stored, config)).isInstanceOf(InputFileException.class)
                    .hasMessageStartingWith(config.resolve("cost-type-budget.csv") + ":2: column committee: unknown "
                            + "committee \"RUN\"");
        }
    }

    @Test
    void theSampleRegionsCostTypesTieToItsClosing() {
        YearMonth march = YearMonth.of(2026, 3);
        try (Store store = SampleWorkspace.storeWithLedger()) {
            CloseMonth.run(store, new CloseMonth.Request(march, SampleWorkspace.setup()));
            StoredClosing stored = store.closing(march).orElseThrow();
            CostTypeFollowUp f = ClosingCostTypes.of(store, stored, SampleWorkspace.region()).costTypes().orElseThrow();

            MonthlyClosing c = stored.closing();
            assertThat(f.region().costs().ytd()).isEqualTo(c.line(IncomeStatementLine.OPERATING_COSTS).ytd().negated());
            assertThat(f.netCost().ytd()).isEqualTo(c.line(IncomeStatementLine.NET_OPERATING_COST).ytd().negated());
            assertThat(f.netCost().ytdLastYear())
                    .isEqualTo(c.line(IncomeStatementLine.NET_OPERATING_COST).ytdLastYear().negated());
            assertThat(f.taxesAndGrants().ytd()).isEqualTo(c.line(IncomeStatementLine.TAX_REVENUE).ytd()
                    .plus(c.line(IncomeStatementLine.GENERAL_GRANTS).ytd()));
            for (String committee : stored.closing().committees()) {
                assertThat(f.committees().get(committee).netCost().ytd()).as(committee)
                        .isEqualTo(c.committeeNetCost(committee).ytd());
            }
            // The sample chart's agency staff (4620) is booked, and every type has an outcome both years.
            f.region().types().forEach((t, x) -> assertThat(x.growth()).as(t.code()).isPresent());
            assertThat(f.region().type(CostType.AGENCY_STAFF).orElseThrow().ytd().isPositive()).isTrue();
        }
    }
}
