package se.balans.io.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.ledger.LedgerMapping.Placement;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.InputFileException;
import se.balans.io.Repo;

/**
 * Issue 10: real charts of accounts map — rows booked without a cost centre by an explicit rule,
 * cost centres and accounts with letters — and configuration that would make a closing silently
 * wrong is refused naming file, line and column, or, for a committee without a budget, warned of.
 */
class ClosingSetupRealChartsTest {
    private static final Path DIR = Path.of("region");
    private static final String COMMITTEES = "code,name\nKS,Kommunstyrelsen\nHSN,Hälso- och sjukvårdsnämnden\n";
    private static final String ACCOUNTS = "from,to,line\n1,2,balance\n3,3,operating_revenue\n4,7,operating_costs\n"
            + "80,80,tax_revenue\n84,84,financial_income\n85,85,financial_costs\n";
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    private static ClosingSetup parse(String costCentres) {
        return parse(Map.of(ClosingSetupReader.COST_CENTRES, costCentres));
    }

    private static ClosingSetup parse(Map<String, String> files) {
        Map<String, String> texts = new HashMap<>(Map.of(ClosingSetupReader.COMMITTEES, COMMITTEES,
                ClosingSetupReader.ACCOUNTS, ACCOUNTS, ClosingSetupReader.COST_CENTRES,
                "from,to,committee\n1,1,KS\n2,5,HSN\n"));
        texts.putAll(files);
        return ClosingSetupReader.parse(DIR, texts);
    }

    private static String at(String file, int line, String column) {
        return DIR.resolve(file) + ":" + line + ": column " + column + ": ";
    }

    private static Placement.Mapped mapped(String committee, IncomeStatementLine line) {
        return new Placement.Mapped(new Key(committee, line));
    }

    // ---- rows without a cost centre ----

    @Test
    void givenARowWithEmptyRangeRowsBookedWithoutACostCentreGoToItsCommittee() {
        ClosingSetup s = parse("from,to,committee,description\n1,1,KS,\n2,5,HSN,\n,,KS,Bokat utan kostnadsställe\n");

        assertThat(s.mapping().place("8010", "")).isEqualTo(mapped("KS", IncomeStatementLine.TAX_REVENUE));
        assertThat(s.mapping().place("8510", "")).isEqualTo(mapped("KS", IncomeStatementLine.FINANCIAL_COSTS));
        // With a cost centre a row still goes by it.
        assertThat(s.mapping().place("8010", "2100")).isEqualTo(mapped("HSN", IncomeStatementLine.TAX_REVENUE));
        Map<YearMonth, Map<Key, Money>> out = s.mapping().apply(List.of(
                new LedgerAmount(JAN, "8010", "", Money.ofSek(-700)),
                new LedgerAmount(JAN, "1930", "", Money.ofSek(700))));
        assertThat(out.get(JAN)).containsExactly(Map.entry(new Key("KS", IncomeStatementLine.TAX_REVENUE),
                Money.ofSek(700)));
    }

    @Test
    void givenAccountRangesRowsWithoutACostCentreGoByAccountTheMostSpecificWinning() {
        ClosingSetup s = parse("from,to,committee,account_from,account_to\n1,1,KS,,\n2,5,HSN,,\n,,KS,8,8\n"
                + ",,HSN,84,84\n");

        assertThat(s.mapping().place("8010", "")).isEqualTo(mapped("KS", IncomeStatementLine.TAX_REVENUE));
        assertThat(s.mapping().place("8410", "")).isEqualTo(mapped("HSN", IncomeStatementLine.FINANCIAL_INCOME));
        // No rule covers class 5 without a cost centre: still unmapped, listed as "(none)".
        assertThat(s.mapping().place("5010", "")).isInstanceOf(Placement.Unmapped.class);
    }

    @Test
    void withoutARuleARowWithoutACostCentreStillStopsTheClosing() {
        ClosingSetup s = parse("from,to,committee\n1,1,KS\n");

        assertThat(s.mapping().place("8010", "")).isEqualTo(new Placement.Unmapped(java.util.Optional.empty(),
                java.util.Optional.of("")));
    }

    @Test
    void onlyOneOfFromAndToEmptyIsRefusedNamingTheEmptyColumn() {
        assertThatThrownBy(() -> parse("from,to,committee\n1,1,KS\n2,,HSN\n")).isInstanceOf(InputFileException.class)
                .hasMessage(at("cost-centre-mapping.csv", 3, "to") + "a value is required; leave both from and to "
                        + "empty for the rows booked without a cost centre");
    }

    @Test
    void anAccountRangeOnACostCentreRowIsRefused() {
        assertThatThrownBy(() -> parse("from,to,committee,account_from,account_to\n1,1,KS,8,8\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(at("cost-centre-mapping.csv", 2, "account_from") + "an account range applies "
                        + "only to rows booked without a cost centre");
    }

    @Test
    void twoRulesForEveryAccountWithoutACostCentreAreRefusedNamingBothLines() {
        assertThatThrownBy(() -> parse("from,to,committee\n1,1,KS\n,,KS\n,,HSN\n")).isInstanceOf(InputFileException.class)
                .hasMessage(at("cost-centre-mapping.csv", 4, "from") + "a second rule for every account booked without a "
                        + "cost centre; the first is on line 3 (rules overlap: give one, or give account ranges)");
    }

    @Test
    void overlappingAccountRangesWithoutACostCentreAreRefusedAtTheLaterLine() {
        assertThatThrownBy(() -> parse("from,to,committee,account_from,account_to\n,,KS,80,84\n,,HSN,84,85\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessage(at("cost-centre-mapping.csv", 3, "account_from") + "range 84–85 overlaps 80–84 on line 2: "
                        + "ranges of the same length may not share a code");
    }

    // ---- letters ----

    @Test
    void givenLetterCostCentresRangesAndSingleCodesMapThem() {
        ClosingSetup s = parse("from,to,committee\nTF,TF,KS\nTF40,TF49,HSN\nHS01,HS01,HSN\n");

        assertThat(s.mapping().place("5010", "TF41")).isEqualTo(mapped("HSN", IncomeStatementLine.OPERATING_COSTS));
        assertThat(s.mapping().place("5010", "TF12")).isEqualTo(mapped("KS", IncomeStatementLine.OPERATING_COSTS));
        assertThat(s.mapping().place("5010", "HS01")).isEqualTo(mapped("HSN", IncomeStatementLine.OPERATING_COSTS));
        assertThat(s.mapping().place("5010", "HS02")).isInstanceOf(Placement.Unmapped.class);
    }

    @Test
    void givenAccountsWithLettersTheyMapAsCostCentresDo() {
        ClosingSetup s = parse(Map.of(ClosingSetupReader.ACCOUNTS, ACCOUNTS + "5A,5A,depreciation\n"));

        assertThat(s.mapping().place("5A10", "1000")).isEqualTo(mapped("KS", IncomeStatementLine.DEPRECIATION));
        assertThat(s.mapping().place("5010", "1000")).isEqualTo(mapped("KS", IncomeStatementLine.OPERATING_COSTS));
    }

    @Test
    void aBadRangeStartIsRefusedNamingTheFromColumn() {
        assertThatThrownBy(() -> parse("from,to,committee\nT-1,T-1,KS\n")).isInstanceOf(InputFileException.class)
                .hasMessage(at("cost-centre-mapping.csv", 2, "from") + "range start must be letters and digits, got 'T-1'");
    }

    @Test
    void aRangeEndOfAnotherShapeIsRefusedNamingTheToColumn() {
        assertThatThrownBy(() -> parse("from,to,committee\nTF40,TF4X,KS\n")).isInstanceOf(InputFileException.class)
                .hasMessage(at("cost-centre-mapping.csv", 2, "to") + "range TF40–TF4X must have digits and letters in "
                        + "the same places at its start and its end");
    }

    @Test
    void overlappingCostCentreRangesAreRefusedAtTheLaterLineNamingTheEarlier() {
        assertThatThrownBy(() -> parse("from,to,committee\nTF40,TF49,KS\n10,19,KS\nTF45,TF45,HSN\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessage(at("cost-centre-mapping.csv", 4, "from") + "range TF45 overlaps TF40–TF49 on line 2: "
                        + "ranges of the same length may not share a code");
    }

    @Test
    void overlappingAccountRangesAreRefusedAtTheLaterLine() {
        assertThatThrownBy(() -> parse(Map.of(ClosingSetupReader.ACCOUNTS, ACCOUNTS + "3,4,operating_costs\n")))
                .isInstanceOf(InputFileException.class)
                .hasMessage(at("account-mapping.csv", 8, "from") + "range 3–4 overlaps 3 on line 3: ranges of the same "
                        + "length may not share a code");
    }

    // ---- nonsense in budgets and profiles ----

    @Test
    void aBudgetWithOperatingCostsPositiveIsRefusedAtItsAmount() {
        String budget = "committee,line,amount\nKS,operating_costs,-100\nHSN,operating_revenue,50\n"
                + "HSN,operating_costs,7967.0\n";

        assertThatThrownBy(() -> parse(Map.of("budget-2026.csv", budget))).isInstanceOf(InputFileException.class)
                .hasMessage(at("budget-2026.csv", 4, "amount") + "operating_costs is a cost, signed negative as in the "
                        + "result statement (write -7967); got 7967 mnkr");
    }

    @Test
    void aBudgetWithTaxRevenueNegativeIsRefusedAtItsAmount() {
        String budget = "committee,line,amount\nKS,tax_revenue,-9123\nHSN,operating_costs,-1\n";

        assertThatThrownBy(() -> parse(Map.of("budget-2026.csv", budget))).isInstanceOf(InputFileException.class)
                .hasMessage(at("budget-2026.csv", 2, "amount") + "tax_revenue is a revenue, signed positive as in the "
                        + "result statement; got -9123 mnkr");
    }

    @Test
    void aNegativeProfileWeightIsRefusedNamingTheMonth() {
        String profiles = "target,profile,forecast,weights\nHSN,configured,budget,1 1 1 1 1 1 -2 1 1 1 1 1\n";

        assertThatThrownBy(() -> parse(Map.of(ClosingSetupReader.PROFILES, profiles)))
                .isInstanceOf(InputFileException.class)
                .hasMessage(at("monthly-profiles.csv", 2, "weights") + "the weight of July is -2: a month's share of the "
                        + "year cannot be negative");
    }

    @Test
    void aJanuaryWeightOfZeroWithASeasonalForecastIsRefused() {
        String profiles = "target,profile,forecast,weights\nHSN,configured,seasonal,0 1 1 1 1 1 1 1 1 1 1 1\n";

        assertThatThrownBy(() -> parse(Map.of(ClosingSetupReader.PROFILES, profiles)))
                .isInstanceOf(InputFileException.class)
                .hasMessage(at("monthly-profiles.csv", 2, "weights") + "January's weight is 0, and a seasonal forecast "
                        + "divides the year to date by the share of the year so far: give January a weight above 0, or "
                        + "forecast budget");
    }

    @Test
    void aJanuaryWeightOfZeroWithABudgetForecastIsRead() {
        String profiles = "target,profile,forecast,weights\nHSN,configured,budget,0 1 1 1 1 1 1 1 1 1 1 1\n";

        assertThat(parse(Map.of(ClosingSetupReader.PROFILES, profiles)).config().committees()).containsKey("HSN");
    }

    @Test
    void aCommitteeMissingFromTheBudgetIsWarnedOfNamingTheFile() {
        String budget = "committee,line,amount\nKS,operating_costs,-100\n";

        ClosingSetup s = parse(Map.of("budget-2026.csv", budget));

        assertThat(s.warnings()).extracting(ConfigWarning::message).containsExactly(DIR.resolve("budget-2026.csv")
                + ": committee HSN has no row, so its 2026 budget is 0 on every line (give it rows, with amount 0 if "
                + "that is meant)");
        assertThat(s.budget(2026).orElseThrow().amount(new Key("HSN", IncomeStatementLine.OPERATING_COSTS)))
                .isEqualTo(Money.ZERO);
        // A row with amount 0 says it is meant.
        assertThat(parse(Map.of("budget-2026.csv", budget + "HSN,operating_costs,0\n")).warnings()).isEmpty();
        // The organisation's name does not lose the warnings.
        assertThat(s.withOrganisation("Region X").warnings()).hasSize(1);
    }

    // ---- the sample ----

    @Test
    void theSampleConfigurationReadsWithoutWarningsAndMapsAsBefore() {
        ClosingSetup s = ClosingSetupReader.read(Repo.samplePlan());

        assertThat(s.warnings()).isEmpty();
        assertThat(s.mapping().withoutCostCentre().entries()).isEmpty();
        assertThat(s.mapping().place("5010", "2100")).isEqualTo(mapped("HSN", IncomeStatementLine.OPERATING_COSTS));
        assertThat(s.mapping().place("8010", "")).isInstanceOf(Placement.Unmapped.class);
    }
}
