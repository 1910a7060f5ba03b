package se.balans.engine.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.balancesheet.BalanceSheetMapping;
import se.balans.engine.balancesheet.BalanceSheetMapping.Target;
import se.balans.engine.investment.InvestmentFollowUp.CategoryFollowUp;
import se.balans.engine.investment.InvestmentFollowUp.ForecastBasis;
import se.balans.engine.investment.InvestmentMapping.Placement;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.engine.statement.BalanceSheetLine;

/**
 * A small ledger of another organisation (Region Norrfjäll, illustrative), January–May 2027, computed by
 * hand. Investments, mnkr: January 1110 +10, 1220 +4; February 1110 +10, 1250 +3; March 1120 +5,
 * 1220 +6 and depreciation on 1119 −2; April 1110 −1 (a credit), 1250 +3; May 1110 +6, 1220 +2, 1250 +4
 * and depreciation on 1229 −1. To date: property 30 (1110 25, 1120 5), medical equipment 12, IT 10 — 52;
 * May alone 6, 2 and 4.
 */
class InvestmentFollowUpTest {
    static final YearMonth MAY = YearMonth.of(2027, 5);

    static <V> RangeMap.Entry<V> range(String from, String to, V v) {
        return new RangeMap.Entry<>(new PrefixRange(from, to), v);
    }

    static final BalanceSheetMapping SHEET = new BalanceSheetMapping(
            RangeMap.of(List.of(range("10", "13", Target.of(BalanceSheetLine.FIXED_ASSETS)),
                    range("14", "19", Target.of(BalanceSheetLine.CURRENT_ASSETS)),
                    range("20", "20", Target.of(BalanceSheetLine.OPENING_EQUITY)),
                    range("23", "23", Target.of(BalanceSheetLine.LONG_TERM_LIABILITIES)),
                    range("24", "29", Target.of(BalanceSheetLine.CURRENT_LIABILITIES)))),
            RangeMap.of(List.of()));

    static final List<InvestmentCategory> CATEGORIES = List.of(
            new InvestmentCategory("property", "Fastighet", "Property"),
            new InvestmentCategory("medical_equipment", "Medicinteknik", "Medical equipment"),
            new InvestmentCategory("it", "IT", ""));

    static final InvestmentMapping MAPPING = new InvestmentMapping(CATEGORIES, RangeMap.of(List.of(
            range("11", "11", Placement.of("property")),
            range("1119", "1119", Placement.excluded()),
            range("12", "12", Placement.of("medical_equipment")),
            range("1229", "1229", Placement.excluded()),
            range("1250", "1250", Placement.of("it")),
            range("10", "10", Placement.of("it")),
            range("13", "13", Placement.excluded()))));

    static LedgerAmount mv(int year, int month, String account, String mnkr) {
        return new LedgerAmount(YearMonth.of(year, month), account, "", Money.ofMnkr(mnkr));
    }

    static List<LedgerAmount> ledger() {
        return List.of(mv(2026, 12, "1110", "100"), mv(2026, 12, "1930", "-100"),
                mv(2027, 1, "1110", "10"), mv(2027, 1, "1220", "4"), mv(2027, 1, "1930", "-14"),
                mv(2027, 2, "1110", "10"), mv(2027, 2, "1250", "3"), mv(2027, 2, "1930", "-13"),
                mv(2027, 3, "1120", "5"), mv(2027, 3, "1220", "6"), mv(2027, 3, "1930", "-11"),
                mv(2027, 3, "7810", "2"), mv(2027, 3, "1119", "-2"),
                mv(2027, 4, "1110", "-1"), mv(2027, 4, "1930", "1"), mv(2027, 4, "1250", "3"), mv(2027, 4, "2440", "-3"),
                mv(2027, 5, "1110", "6"), mv(2027, 5, "1220", "2"), mv(2027, 5, "1250", "4"), mv(2027, 5, "1930", "-12"),
                mv(2027, 5, "7830", "1"), mv(2027, 5, "1229", "-1"), mv(2027, 5, "5010", "40"),
                mv(2027, 6, "1110", "50"), mv(2027, 6, "1930", "-50"));
    }

    /** 2027: property 40 for project P1 and 20 unassigned, medical equipment 24, IT 30; 2026's ignored. */
    static final List<InvestmentBudget> BUDGETS = List.of(
            new InvestmentBudget(2026, "property", Optional.empty(), Money.ofMnkr("999"), ""),
            new InvestmentBudget(2027, "property", Optional.of("P1"), Money.ofMnkr("40"), "RF 2026-11"),
            new InvestmentBudget(2027, "property", Optional.empty(), Money.ofMnkr("20"), "RF 2026-11"),
            new InvestmentBudget(2027, "medical_equipment", Optional.empty(), Money.ofMnkr("24"), "RF 2026-11"),
            new InvestmentBudget(2027, "it", Optional.empty(), Money.ofMnkr("30"), "RF 2026-11"));

    /** Into 2027: property +12 unspent, IT −6 an overrun charged; 2025's into 2026 ignored. */
    static final List<InvestmentCarryOver> CARRY = List.of(
            new InvestmentCarryOver(2025, 2026, "medical_equipment", Optional.empty(), Money.ofMnkr("50"), "RS 2026-02", ""),
            new InvestmentCarryOver(2026, 2027, "property", Optional.empty(), Money.ofMnkr("12"), "RS 2027-02-10 § 5", ""),
            new InvestmentCarryOver(2026, 2027, "it", Optional.empty(), Money.ofMnkr("-6"), "RS 2027-02-10 § 5", ""));

    /** Property forecast 65 in April; one in June (after May) and one in 2026 do not count for May. */
    static final List<InvestmentForecastInput> FORECASTS = List.of(
            new InvestmentForecastInput(YearMonth.of(2026, 11), "property", Money.ofMnkr("500"), ""),
            new InvestmentForecastInput(YearMonth.of(2027, 4), "property", Money.ofMnkr("65"), "fastighetsenheten"),
            new InvestmentForecastInput(YearMonth.of(2027, 6), "property", Money.ofMnkr("80"), ""));

    /** Result 8 and depreciation −5 to date; forecast 11 and −12: funds 13 and 23. */
    static final ResultAndDepreciation FUNDS = new ResultAndDepreciation(Money.ofMnkr("8"), Money.ofMnkr("-5"),
            Money.ofMnkr("11"), Money.ofMnkr("-12"));

    static InvestmentFollowUp may() {
        return InvestmentFollowUp.of(MAPPING, SHEET, ledger(), MAY, BUDGETS, CARRY, FORECASTS, FUNDS);
    }

    static InvestmentFigures figures(String mnkrMonth, String ytd, String budget, String carried, String forecast) {
        return new InvestmentFigures(Money.ofMnkr(mnkrMonth), Money.ofMnkr(ytd), Money.ofMnkr(budget),
                Money.ofMnkr(carried), Money.ofMnkr(forecast));
    }

    @Test
    void outcomeByCategoryIsTheNetDebitOnTheMappedAccountsOnly() {
        InvestmentFollowUp f = may();
        assertThat(f.categories()).extracting(c -> c.category().code())
                .containsExactly("property", "medical_equipment", "it");
        CategoryFollowUp property = f.categories().get(0);
        assertThat(property.figures().month()).isEqualTo(Money.ofMnkr("6"));
        assertThat(property.figures().yearToDate()).as("10 + 10 + 5 − 1 + 6; not 2026's 100 nor June's 50")
                .isEqualTo(Money.ofMnkr("30"));
        assertThat(property.accountsYtd()).as("sorted by account").containsExactlyEntriesOf(new java.util.TreeMap<>(
                Map.of("1110", Money.ofMnkr("25"), "1120", Money.ofMnkr("5"))));
        assertThat(f.categories().get(1).figures().yearToDate()).as("4 + 6 + 2; 1229 excluded")
                .isEqualTo(Money.ofMnkr("12"));
        assertThat(f.categories().get(2).figures().yearToDate()).isEqualTo(Money.ofMnkr("10"));
        assertThat(f.total().yearToDate()).isEqualTo(Money.ofMnkr("52"));
        assertThat(f.total().month()).isEqualTo(Money.ofMnkr("12"));
    }

    @Test
    void theYearsBudgetIsTheBudgetPlusWhatWasCarriedIn() {
        InvestmentFollowUp f = may();
        CategoryFollowUp property = f.categories().get(0);
        assertThat(property.figures().budget()).as("P1 40 + unassigned 20").isEqualTo(Money.ofMnkr("60"));
        assertThat(property.figures().carriedIn()).isEqualTo(Money.ofMnkr("12"));
        assertThat(property.figures().budgetOfYear()).isEqualTo(Money.ofMnkr("72"));
        assertThat(property.carryOvers()).extracting(InvestmentCarryOver::decision).containsExactly("RS 2027-02-10 § 5");
        assertThat(f.categories().get(1).figures().budgetOfYear()).as("2025's carry-over into 2026 is not 2027's")
                .isEqualTo(Money.ofMnkr("24"));
        assertThat(f.categories().get(2).figures().budgetOfYear()).as("30 less the overrun of 6 charged")
                .isEqualTo(Money.ofMnkr("24"));
        assertThat(f.total().budget()).isEqualTo(Money.ofMnkr("114"));
        assertThat(f.total().carriedIn()).isEqualTo(Money.ofMnkr("6"));
        assertThat(f.total().budgetOfYear()).isEqualTo(Money.ofMnkr("120"));
    }

    @Test
    void theRemainingBudgetIsTheYearsBudgetLessTheYearToDate() {
        InvestmentFollowUp f = may();
        assertThat(f.categories()).extracting(c -> c.figures().remaining())
                .containsExactly(Money.ofMnkr("42"), Money.ofMnkr("12"), Money.ofMnkr("14"));
        assertThat(f.total().remaining()).isEqualTo(Money.ofMnkr("68"));
    }

    @Test
    void theForecastIsTheGivenOneElseTheYearToDatePlusTheBudgetAtAnEvenPace() {
        InvestmentFollowUp f = may();
        CategoryFollowUp property = f.categories().get(0);
        assertThat(property.forecastBasis()).isEqualTo(ForecastBasis.GIVEN);
        assertThat(property.forecastGiven().orElseThrow().source()).isEqualTo("fastighetsenheten");
        assertThat(property.figures().forecast()).as("April's, not June's nor 2026's").isEqualTo(Money.ofMnkr("65"));
        assertThat(f.categories().get(1).forecastBasis()).isEqualTo(ForecastBasis.BUDGET_PACE);
        assertThat(f.categories().get(1).figures().forecast()).as("12 + 24 × 7/12").isEqualTo(Money.ofMnkr("26"));
        assertThat(f.categories().get(2).figures().forecast()).as("10 + 24 × 7/12").isEqualTo(Money.ofMnkr("24"));
        assertThat(f.total().forecast()).isEqualTo(Money.ofMnkr("115"));
        assertThat(f.categories()).extracting(c -> c.figures().deviation()).as("budget − forecast, positive under budget")
                .containsExactly(Money.ofMnkr("7"), Money.ofMnkr("-2"), Money.ZERO);
        assertThat(f.total().deviation()).isEqualTo(Money.ofMnkr("5"));
    }

    @Test
    void theRuleRoundsToTheOre() {
        List<InvestmentBudget> budget = List.of(new InvestmentBudget(2027, "it", Optional.empty(), Money.ofMnkr("1"), ""));
        InvestmentFollowUp f = InvestmentFollowUp.of(MAPPING, SHEET, List.of(), YearMonth.of(2027, 5), budget, List.of(),
                List.of(), FUNDS);
        // 1 000 000 kr × 7/12 = 583 333,333… kr
        assertThat(f.categories().get(2).figures().forecast()).isEqualTo(Money.ofSek(new java.math.BigDecimal("583333.33")));
    }

    @Test
    void theSelfFinancingRatioIsResultPlusDepreciationOverNetInvestments() {
        InvestmentFollowUp f = may();
        assertThat(f.funds().fundsYtd()).isEqualTo(Money.ofMnkr("13"));
        assertThat(f.selfFinancingYtd()).hasValueSatisfying(r -> assertThat(r).as("(8 + 5) / 52")
                .isEqualByComparingTo("0.25"));
        assertThat(f.selfFinancingYear()).hasValueSatisfying(r -> assertThat(r).as("(11 + 12) / 115")
                .isEqualByComparingTo("0.2"));
    }

    @Test
    void noSelfFinancingRatioWhenNetInvestmentsAreNotPositive() {
        // January to April of a year with only a sale in January: −3 to date; the forecast adds the budget.
        List<LedgerAmount> sale = List.of(mv(2027, 1, "1110", "-3"), mv(2027, 1, "1930", "3"));
        InvestmentFollowUp f = InvestmentFollowUp.of(MAPPING, SHEET, sale, YearMonth.of(2027, 4), BUDGETS, List.of(),
                List.of(), FUNDS);
        assertThat(f.total().yearToDate()).isEqualTo(Money.ofMnkr("-3"));
        assertThat(f.selfFinancingYtd()).isEmpty();
        // −3 + 60 × 8/12 = 37 property, 24 × 8/12 = 16, 30 × 8/12 = 20: 73
        assertThat(f.total().forecast()).isEqualTo(Money.ofMnkr("73"));
        assertThat(f.selfFinancingYear()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(
                Money.ofMnkr("23").ratioTo(Money.ofMnkr("73"))));

        InvestmentFollowUp none = InvestmentFollowUp.of(MAPPING, SHEET, sale, YearMonth.of(2027, 12), BUDGETS, List.of(),
                List.of(), FUNDS);
        assertThat(none.selfFinancingYtd()).isEmpty();
        assertThat(none.selfFinancingYear()).as("December: the forecast is the outcome, −3").isEmpty();
    }

    @Test
    void inTheYearsLastMonthTheForecastIsTheOutcomeWhateverWasGiven() {
        InvestmentFollowUp f = InvestmentFollowUp.of(MAPPING, SHEET, ledger(), YearMonth.of(2027, 12), BUDGETS, CARRY,
                FORECASTS, FUNDS);
        assertThat(f.yearComplete()).isTrue();
        CategoryFollowUp property = f.categories().get(0);
        assertThat(property.forecastBasis()).isEqualTo(ForecastBasis.OUTCOME);
        assertThat(property.forecastGiven()).isEmpty();
        assertThat(property.figures().yearToDate()).as("June's 50 now in").isEqualTo(Money.ofMnkr("80"));
        assertThat(property.figures().forecast()).isEqualTo(property.figures().yearToDate());
        assertThat(property.figures().deviation()).isEqualTo(Money.ofMnkr("-8"));
        assertThat(property.figures().month()).isEqualTo(Money.ZERO);
    }

    @Test
    void aFixedAssetAccountNeitherMappedNorExcludedIsRefusedByName() {
        InvestmentMapping partial = new InvestmentMapping(CATEGORIES, RangeMap.of(List.of(
                range("11", "11", Placement.of("property")), range("1119", "1119", Placement.excluded()),
                range("1250", "1250", Placement.of("it")))));
        assertThatThrownBy(() -> InvestmentFollowUp.of(partial, SHEET, ledger(), MAY, BUDGETS, CARRY, FORECASTS, FUNDS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the investments of 2027 cannot be followed up: the fixed-asset accounts 1220, 1229 are in "
                        + "no investment category and not excluded (add a range to the investment mapping: a category, "
                        + "or excluded if it is no investment, as accumulated depreciation is)");
    }

    @Test
    void anInvestmentAccountThatIsNoFixedAssetIsRefusedByName() {
        InvestmentMapping wide = new InvestmentMapping(CATEGORIES, RangeMap.of(List.of(
                range("1", "1", Placement.of("property")), range("1119", "1119", Placement.excluded()),
                range("1229", "1229", Placement.excluded()))));
        assertThatThrownBy(() -> InvestmentFollowUp.of(wide, SHEET, ledger(), MAY, BUDGETS, CARRY, FORECASTS, FUNDS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the investments of 2027 cannot be followed up: account 1930 is mapped to an investment "
                        + "category but not a fixed asset on the balance sheet");
    }

    @Test
    void aYearWithoutABudgetIsRefused() {
        assertThatThrownBy(() -> InvestmentFollowUp.of(MAPPING, SHEET, ledger(), YearMonth.of(2028, 1), BUDGETS, CARRY,
                List.of(), FUNDS)).isInstanceOf(InvalidInputException.class)
                .hasMessage("there is no investment budget for 2028");
    }

    @Test
    void aBudgetOfACategoryTheMappingDoesNotDefineIsRefused() {
        List<InvestmentBudget> budgets = List.of(new InvestmentBudget(2027, "vehicles", Optional.empty(),
                Money.ofMnkr("5"), ""));
        assertThatThrownBy(() -> InvestmentFollowUp.of(MAPPING, SHEET, ledger(), MAY, budgets, List.of(), List.of(), FUNDS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the investment budget names the category vehicles, which the investment mapping does not "
                        + "define; it defines [property, medical_equipment, it]");
    }

    @Test
    void depreciationIsSignedAsTheResultStatementShowsIt() {
        assertThatThrownBy(() -> new ResultAndDepreciation(Money.ofMnkr("8"), Money.ofMnkr("5"), Money.ofMnkr("11"),
                Money.ofMnkr("-12"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("depreciation is a cost, signed as the result statement shows it (negative)");
    }

    @Test
    void theMappingRefusesARangeToAnUndefinedCategoryAndAReservedCode() {
        assertThatThrownBy(() -> new InvestmentMapping(CATEGORIES, RangeMap.of(List.of(
                range("11", "11", Placement.of("buildings")))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accounts 11 are mapped to the category buildings, which is not defined");
        assertThatThrownBy(() -> new InvestmentCategory("excluded", "Undantaget", ""))
                .hasMessageContaining("\"excluded\" is reserved");
        assertThat(CATEGORIES.get(2).englishName()).as("the Swedish name when no English one").isEqualTo("IT");
    }

    @Test
    void carryOverGoesToTheNextYearAndIsDecided() {
        assertThatThrownBy(() -> new InvestmentCarryOver(2026, 2028, "it", Optional.empty(), Money.ofMnkr("1"), "RS", ""))
                .hasMessageContaining("from 2026 to 2027, not 2028");
        assertThatThrownBy(() -> new InvestmentCarryOver(2026, 2027, "it", Optional.empty(), Money.ofMnkr("1"), " ", ""))
                .hasMessageContaining("name the decision");
    }
}
