package se.balans.engine.costtype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.costtype.CostTypeFollowUp.Figures;
import se.balans.engine.costtype.CostTypeFollowUp.Part;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.ledger.LedgerMapping.AccountTarget;
import se.balans.engine.ledger.PrefixRange;
import se.balans.engine.ledger.RangeMap;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * A small ledger of another organisation (Region Älvdal, illustrative), computed by hand: January to
 * March 2026 and 2027 for two committees — Hälso- och sjukvårdsnämnden (cost centre 2100) and
 * Regionstyrelsen (1100) — with taxes and grants booked without a cost centre, closed in March 2027.
 * Amounts in kronor, debit positive as booked.
 */
class CostTypeFollowUpTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3);

    static <V> RangeMap.Entry<V> range(String from, String to, V v) {
        return new RangeMap.Entry<>(new PrefixRange(from, to), v);
    }

    static final LedgerMapping RESULT = new LedgerMapping(
            RangeMap.of(List.of(range("1", "2", AccountTarget.ignored()),
                    range("3", "3", AccountTarget.of(IncomeStatementLine.OPERATING_REVENUE)),
                    range("4", "7", AccountTarget.of(IncomeStatementLine.OPERATING_COSTS)),
                    range("78", "78", AccountTarget.of(IncomeStatementLine.DEPRECIATION)),
                    range("80", "80", AccountTarget.of(IncomeStatementLine.TAX_REVENUE)),
                    range("82", "83", AccountTarget.of(IncomeStatementLine.GENERAL_GRANTS)),
                    range("85", "85", AccountTarget.of(IncomeStatementLine.FINANCIAL_COSTS)))),
            RangeMap.of(List.of(range("1000", "1999", "RS"), range("2000", "2999", "HSN"))),
            RangeMap.of(List.of(range("8", "8", "RS"))));

    /**
     * Region-Bas-like: catch-alls for other costs (classes 4, 6 and 7) and other revenue (3), made
     * explicit; the personnel costs are class 5 (ranges of one length may not overlap, so 4–7 cannot be
     * given beside 5).
     */
    static List<RangeMap.Entry<CostType>> typeRanges() {
        return new ArrayList<>(List.of(range("3", "3", CostType.OTHER_REVENUE), range("30", "30", CostType.PATIENT_FEES),
                range("31", "31", CostType.CARE_REVENUE), range("4", "4", CostType.OTHER_COSTS),
                range("6", "7", CostType.OTHER_COSTS),
                range("40", "40", CostType.PURCHASED_CARE), range("42", "42", CostType.DRUGS),
                range("462", "462", CostType.AGENCY_STAFF), range("5", "5", CostType.PERSONNEL),
                range("57", "57", CostType.PENSIONS)));
    }

    static final CostTypeMapping TYPES = new CostTypeMapping(RangeMap.of(typeRanges()));

    static LedgerAmount a(int year, int month, String account, String costCentre, long sek) {
        return new LedgerAmount(YearMonth.of(year, month), account, costCentre, Money.ofSek(sek));
    }

    static List<LedgerAmount> ledger() {
        return List.of(
                // 2026, HSN: salaries 300, pensions 50, drugs 200, purchased care 100, agency staff 40,
                // care revenue 80, depreciation 10.
                a(2026, 1, "5010", "2100", 100), a(2026, 2, "5010", "2100", 100), a(2026, 3, "5010", "2100", 100),
                a(2026, 3, "5710", "2100", 50), a(2026, 2, "4210", "2100", 200), a(2026, 3, "4010", "2100", 100),
                a(2026, 1, "4620", "2100", 40), a(2026, 3, "3110", "2100", -80), a(2026, 3, "7810", "2100", 10),
                // 2026, RS: salaries 100, premises 20.
                a(2026, 3, "5010", "1100", 100), a(2026, 2, "6110", "1100", 20),
                // 2026: taxes 3 000 and grants 200 without a cost centre; an interest cost, not an operating one.
                a(2026, 1, "8011", "", -1000), a(2026, 2, "8011", "", -1000), a(2026, 3, "8011", "", -1000),
                a(2026, 3, "8210", "", -200), a(2026, 3, "8510", "", 5),
                // April 2026 is after the same period last year: not counted.
                a(2026, 4, "5010", "2100", 999),
                // 2027, HSN: salaries 340 (120 in March), pensions 60, drugs 216, purchased care 90, no agency
                // staff, care revenue 92, depreciation 12.
                a(2027, 1, "5010", "2100", 110), a(2027, 2, "5010", "2100", 110), a(2027, 3, "5010", "2100", 120),
                a(2027, 3, "5710", "2100", 60), a(2027, 2, "4210", "2100", 216), a(2027, 3, "4010", "2100", 90),
                a(2027, 3, "3110", "2100", -92), a(2027, 3, "7810", "2100", 12),
                // 2027, RS: salaries 105, agency staff 30 (none last year), premises 18.
                a(2027, 3, "5010", "1100", 105), a(2027, 2, "4620", "1100", 30), a(2027, 2, "6110", "1100", 18),
                // 2027: taxes 3 150, grants 210.
                a(2027, 1, "8011", "", -1050), a(2027, 2, "8011", "", -1050), a(2027, 3, "8011", "", -1050),
                a(2027, 3, "8210", "", -210), a(2027, 3, "8510", "", 6),
                // Balance-sheet counter-rows: outside the result.
                a(2027, 3, "1930", "", 1234));
    }

    static Money sek(long n) {
        return Money.ofSek(n);
    }

    static BigDecimal percent(Optional<BigDecimal> fraction) {
        return fraction.orElseThrow().movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    static CostTypeFollowUp followUp(Optional<CostTypeBudget> budget) {
        return CostTypeFollowUp.of(TYPES, RESULT, ledger(), MARCH, budget);
    }

    @Test
    void perCommitteeTheYearToDateAgainstLastYearByHand() {
        CostTypeFollowUp f = followUp(Optional.empty());
        Part hsn = f.committees().get("HSN");

        // Personnel = salaries + pensions: 340 + 60 = 400 against 300 + 50 = 350, +14,29 %.
        Figures personnel = hsn.type(CostType.PERSONNEL).orElseThrow();
        assertThat(personnel.ytd()).isEqualTo(sek(400));
        assertThat(personnel.ytdLastYear()).isEqualTo(sek(350));
        assertThat(personnel.change()).isEqualTo(sek(50));
        assertThat(percent(personnel.growth())).isEqualByComparingTo("14.29");
        assertThat(personnel.month()).isEqualTo(sek(180));
        assertThat(personnel.monthLastYear()).isEqualTo(sek(150));
        assertThat(percent(hsn.type(CostType.PENSIONS).orElseThrow().growth())).isEqualByComparingTo("20.00");
        assertThat(percent(hsn.type(CostType.DRUGS).orElseThrow().growth())).isEqualByComparingTo("8.00");
        assertThat(percent(hsn.type(CostType.PURCHASED_CARE).orElseThrow().growth())).isEqualByComparingTo("-10.00");
        // No agency staff this year, 40 last year: −100 %, a real fall, not undefined.
        assertThat(percent(hsn.type(CostType.AGENCY_STAFF).orElseThrow().growth())).isEqualByComparingTo("-100.00");
        assertThat(percent(hsn.type(CostType.CARE_REVENUE).orElseThrow().growth())).isEqualByComparingTo("15.00");
        // HSN has no other costs either year: the type is not shown for it.
        assertThat(hsn.type(CostType.OTHER_COSTS)).isEmpty();
        // Costs 400 + 90 + 216 = 706 (690); revenues 92 (80); depreciation 12 (10); net cost 626 (620).
        assertThat(hsn.costs().ytd()).isEqualTo(sek(706));
        assertThat(hsn.costs().ytdLastYear()).isEqualTo(sek(690));
        assertThat(hsn.revenues().ytd()).isEqualTo(sek(92));
        assertThat(hsn.depreciation().ytd()).isEqualTo(sek(12));
        assertThat(hsn.netCost().ytd()).isEqualTo(sek(626));
        assertThat(hsn.netCost().ytdLastYear()).isEqualTo(sek(620));

        Part rs = f.committees().get("RS");
        assertThat(percent(rs.type(CostType.PERSONNEL).orElseThrow().growth())).isEqualByComparingTo("5.00");
        assertThat(percent(rs.type(CostType.OTHER_COSTS).orElseThrow().growth())).isEqualByComparingTo("-10.00");
        assertThat(rs.netCost().ytd()).isEqualTo(sek(153));
        assertThat(rs.netCost().ytdLastYear()).isEqualTo(sek(120));
        assertThat(f.committees().keySet()).containsExactly("HSN", "RS");
    }

    @Test
    void growthOnAZeroBaseIsUndefinedNotAPercentage() {
        CostTypeFollowUp f = followUp(Optional.empty());
        // RS hired agency staff for 30 this year and none last year.
        Figures agency = f.committees().get("RS").type(CostType.AGENCY_STAFF).orElseThrow();
        assertThat(agency.ytd()).isEqualTo(sek(30));
        assertThat(agency.ytdLastYear()).isEqualTo(Money.ZERO);
        assertThat(agency.change()).isEqualTo(sek(30));
        assertThat(agency.growth()).isEmpty();
        // Patient fees are mapped but nothing was booked either year: shown for the region, growth undefined.
        Figures fees = f.region().type(CostType.PATIENT_FEES).orElseThrow();
        assertThat(fees.ytd()).isEqualTo(Money.ZERO);
        assertThat(fees.growth()).isEmpty();
    }

    @Test
    void theRegionAddsTheCommitteesAndCountsPensionsOnceAsPartOfPersonnel() {
        CostTypeFollowUp f = followUp(Optional.empty());
        Part r = f.region();

        assertThat(r.type(CostType.PERSONNEL).orElseThrow().ytd()).isEqualTo(sek(505));
        assertThat(percent(r.type(CostType.PERSONNEL).orElseThrow().growth())).isEqualByComparingTo("12.22");
        assertThat(r.type(CostType.PENSIONS).orElseThrow().ytd()).isEqualTo(sek(60));
        // Agency staff 30 against 40: −25 %.
        assertThat(percent(r.type(CostType.AGENCY_STAFF).orElseThrow().growth())).isEqualByComparingTo("-25.00");
        // Other costs 18 (20): the 6–7 catch-all does not take depreciation (78), which is its own line.
        assertThat(r.type(CostType.OTHER_COSTS).orElseThrow().ytd()).isEqualTo(sek(18));
        // Costs 505 + 30 + 90 + 216 + 18 = 859, not 919: the pensions are in the personnel costs once.
        assertThat(r.costs().ytd()).isEqualTo(sek(859));
        assertThat(r.costs().ytdLastYear()).isEqualTo(sek(810));
        assertThat(r.revenues().ytd()).isEqualTo(sek(92));
        // Every mapped type is shown for the region, in report order.
        assertThat(r.types().keySet()).containsExactly(CostType.PERSONNEL, CostType.PENSIONS, CostType.AGENCY_STAFF,
                CostType.PURCHASED_CARE, CostType.DRUGS, CostType.OTHER_COSTS, CostType.CARE_REVENUE,
                CostType.PATIENT_FEES, CostType.OTHER_REVENUE);
        assertThat(f.hasLastYear()).isTrue();
    }

    @Test
    void netCostGrowthAgainstTheGrowthOfTaxesAndGrants() {
        CostTypeFollowUp f = followUp(Optional.empty());

        // Net cost 859 + 12 − 92 = 779 against 810 + 10 − 80 = 740: +5,27 %.
        assertThat(f.netCost().ytd()).isEqualTo(sek(779));
        assertThat(f.netCost().ytdLastYear()).isEqualTo(sek(740));
        assertThat(percent(f.netCostGrowth())).isEqualByComparingTo("5.27");
        // Taxes 3 150 + grants 210 = 3 360 against 3 000 + 200 = 3 200: +5,00 %. The interest is not counted.
        assertThat(f.taxesAndGrants().ytd()).isEqualTo(sek(3360));
        assertThat(f.taxesAndGrants().ytdLastYear()).isEqualTo(sek(3200));
        assertThat(percent(f.taxesAndGrantsGrowth())).isEqualByComparingTo("5.00");
        // The net costs grow 0,27 percentage points faster than what finances them.
        assertThat(percent(f.growthGap())).isEqualByComparingTo("0.27");
    }

    @Test
    void aBudgetPerTypePeriodisedEvenlyWithTheDeviationPositiveWhenBetter() {
        CostTypeBudget budget = new CostTypeBudget(2027,
                Map.of(CostType.PERSONNEL, sek(2040), CostType.PENSIONS, sek(240), CostType.CARE_REVENUE, sek(360)),
                Map.of("HSN", Map.of(CostType.DRUGS, sek(840)),
                        "RS", Map.of(CostType.PERSONNEL, sek(420), CostType.AGENCY_STAFF, sek(100),
                                CostType.OTHER_COSTS, sek(80))));
        CostTypeFollowUp f = followUp(Optional.of(budget));

        // Personnel: 2 040 a year, 510 to March, 505 spent: 5 better than budget.
        Figures personnel = f.region().type(CostType.PERSONNEL).orElseThrow();
        assertThat(personnel.budgetYtd()).contains(sek(510));
        assertThat(personnel.deviationYtd()).contains(sek(5));
        assertThat(f.region().type(CostType.PENSIONS).orElseThrow().deviationYtd()).contains(Money.ZERO);
        // HSN's drugs: 210 to March, 216 spent: 6 worse.
        assertThat(f.committees().get("HSN").type(CostType.DRUGS).orElseThrow().deviationYtd()).contains(sek(-6));
        // A revenue above budget is better: 92 against 90.
        assertThat(f.region().type(CostType.CARE_REVENUE).orElseThrow().deviationYtd()).contains(sek(2));
        // The region's drugs have no budget of their own (HSN's is not summed into one).
        assertThat(f.region().type(CostType.DRUGS).orElseThrow().budgetYear()).isEmpty();
        // RS budgets every cost type it has: its costs 600 a year, 150 to March, 153 spent.
        assertThat(f.committees().get("RS").costs().budgetYtd()).contains(sek(150));
        assertThat(f.committees().get("RS").costs().deviationYtd()).contains(sek(-3));
        // The region's costs: not every type has a budget, so neither has the total.
        assertThat(f.region().costs().budgetYear()).isEmpty();
    }

    @Test
    void anOperatingAccountWithoutACostTypeIsRefusedByNameNotPutInOther() {
        List<RangeMap.Entry<CostType>> ranges = typeRanges();
        ranges.removeIf(e -> e.value() == CostType.OTHER_COSTS);
        CostTypeMapping withoutCatchAll = new CostTypeMapping(RangeMap.of(ranges));

        assertThatThrownBy(() -> CostTypeFollowUp.of(withoutCatchAll, RESULT, ledger(), MARCH, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no cost type for the operating_costs account 6110")
                .hasMessageNotContaining("7810");
    }

    @Test
    void aRevenueTypeOnACostAccountIsRefused() {
        List<RangeMap.Entry<CostType>> ranges = typeRanges();
        ranges.removeIf(e -> e.value() == CostType.DRUGS);
        ranges.add(range("42", "42", CostType.CARE_REVENUE));

        assertThatThrownBy(() -> CostTypeFollowUp.of(new CostTypeMapping(RangeMap.of(ranges)), RESULT, ledger(), MARCH,
                Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("account 4210 is on operating_costs but mapped to care_revenue, a revenue");
    }

    @Test
    void withoutLastYearInTheLedgerItSaysSo() {
        List<LedgerAmount> thisYear = ledger().stream().filter(x -> x.period().getYear() == 2027).toList();
        CostTypeFollowUp f = CostTypeFollowUp.of(TYPES, RESULT, thisYear, MARCH, Optional.empty());

        assertThat(f.hasLastYear()).isFalse();
        assertThat(f.netCostGrowth()).isEmpty();
        assertThat(f.growthGap()).isEmpty();
    }

    @Test
    void aTypeIncludesTheTypesThatArePartOfIt() {
        assertThat(CostType.PERSONNEL.includes(CostType.PENSIONS)).isTrue();
        assertThat(CostType.PENSIONS.includes(CostType.PERSONNEL)).isFalse();
        assertThat(CostType.PERSONNEL.includes(CostType.AGENCY_STAFF)).isFalse();
        // Mapping only the pensions still shows the personnel costs they are part of.
        assertThat(new CostTypeMapping(RangeMap.of(List.of(range("57", "57", CostType.PENSIONS)))).types())
                .containsExactly(CostType.PERSONNEL, CostType.PENSIONS);
    }
}
