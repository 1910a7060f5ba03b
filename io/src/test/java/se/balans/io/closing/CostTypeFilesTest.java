package se.balans.io.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.balans.engine.costtype.CostType;
import se.balans.engine.costtype.CostTypeBudget;
import se.balans.engine.costtype.CostTypeMapping;
import se.balans.engine.money.Money;
import se.balans.io.InputFileException;
import se.balans.io.Repo;
import se.balans.io.csv.CsvTable;

/** The cost-type mapping and budget: read as written, and every refusal naming file, line and column. */
class CostTypeFilesTest {
    private static final Path MAPPING = Path.of("config", CostTypeFiles.MAPPING);
    private static final Path BUDGET = Path.of("config", CostTypeFiles.BUDGET);
    private static final Set<String> COMMITTEES = Set.of("RS", "HSN");

    @Test
    void theSampleRegionsMappingGivesEveryOperatingAccountOfItsChartAType() {
        Path file = Repo.samplePlan().resolve(CostTypeFiles.MAPPING);
        CostTypeMapping m = CostTypeFiles.mapping(file, CsvTable.readText(file));

        // SampleChart's operating accounts, by the most specific range.
        assertThat(m.typeOf("4010")).contains(CostType.PURCHASED_CARE);
        assertThat(m.typeOf("4210")).contains(CostType.DRUGS);
        assertThat(m.typeOf("4310")).contains(CostType.OTHER_COSTS);
        assertThat(m.typeOf("4620")).contains(CostType.AGENCY_STAFF);
        assertThat(m.typeOf("5010")).contains(CostType.PERSONNEL);
        assertThat(m.typeOf("5510")).contains(CostType.PERSONNEL);
        assertThat(m.typeOf("5710")).contains(CostType.PENSIONS);
        assertThat(m.typeOf("7510")).contains(CostType.OTHER_COSTS);
        assertThat(m.typeOf("3011")).contains(CostType.PATIENT_FEES);
        assertThat(m.typeOf("3110")).contains(CostType.CARE_REVENUE);
        assertThat(m.typeOf("3710")).contains(CostType.OTHER_REVENUE);
        assertThat(m.types()).containsExactly(CostType.values());
    }

    @Test
    void anUnknownCostTypeIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> CostTypeFiles.mapping(MAPPING, "from,to,cost_type\n5,5,personnel\n42,42,medicines\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessage(MAPPING + ":3: column cost_type: unknown cost type \"medicines\"; expected one of personnel, "
                        + "pensions, agency_staff, purchased_care, drugs, other_costs, care_revenue, patient_fees, "
                        + "other_revenue");
    }

    @Test
    void overlappingRangesAreRefusedAtTheLaterLineNamingTheEarlier() {
        assertThatThrownBy(() -> CostTypeFiles.mapping(MAPPING,
                "# a comment\nfrom,to,cost_type,description\n4,7,other_costs,catch-all\n5,5,personnel,\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessage(MAPPING + ":4: column from: range 5 overlaps 4–7 on line 3: ranges of the same length may "
                        + "not share a code");
    }

    @Test
    void aRangeWhoseBoundsDifferInLengthIsRefusedAtItsEnd() {
        assertThatThrownBy(() -> CostTypeFiles.mapping(MAPPING, "from,to,cost_type\n40,4,purchased_care\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessage(MAPPING + ":2: column to: range end '4' must have the same length as its start '40'");
    }

    @Test
    void aMisspeltColumnIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> CostTypeFiles.mapping(MAPPING, "from,to,costtype\n5,5,personnel\n"))
                .isInstanceOf(InputFileException.class).hasMessageStartingWith(MAPPING + ":1: column costtype: unknown column");
    }

    @Test
    void theBudgetByYearForTheRegionAndPerCommittee() {
        Map<Integer, CostTypeBudget> b = CostTypeFiles.budgets(BUDGET, """
                year,cost_type,amount,committee,source
                2027,personnel,5400,,regionplan
                2027,pensions,700,,
                2027,drugs,1200.5,HSN,
                2028,personnel,5600,,
                """, COMMITTEES);

        assertThat(b.keySet()).containsExactly(2027, 2028);
        assertThat(b.get(2027).of(java.util.Optional.empty(), CostType.PERSONNEL)).contains(Money.ofMnkr("5400"));
        assertThat(b.get(2027).of(java.util.Optional.of("HSN"), CostType.DRUGS)).contains(Money.ofMnkr("1200.5"));
        assertThat(b.get(2027).of(java.util.Optional.empty(), CostType.DRUGS)).isEmpty();
    }

    @Test
    void aNegativeBudgetIsRefusedSinceCostTypesAreShownPositive() {
        assertThatThrownBy(() -> CostTypeFiles.budgets(BUDGET, "year,cost_type,amount\n2027,personnel,-5400\n",
                COMMITTEES)).isInstanceOf(InputFileException.class)
                .hasMessage(BUDGET + ":2: column amount: a cost type's budget is shown positive, as the reports show "
                        + "the cost types (a cost of 120 mnkr is 120, a revenue of 30 mnkr is 30); got -5400");
    }

    @Test
    void anUnknownCommitteeIsRefused() {
        assertThatThrownBy(() -> CostTypeFiles.budgets(BUDGET, "year,cost_type,amount,committee\n2027,drugs,10,HSM\n",
                COMMITTEES)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(BUDGET + ":2: column committee: unknown committee \"HSM\"");
    }

    @Test
    void aTypeGivenTwiceForTheSameYearAndCommitteeIsRefusedAtTheSecond() {
        assertThatThrownBy(() -> CostTypeFiles.budgets(BUDGET, """
                year,cost_type,amount,committee
                2027,drugs,10,HSN
                2027,drugs,12,RS
                2027,drugs,11,HSN
                """, COMMITTEES)).isInstanceOf(InputFileException.class)
                .hasMessage(BUDGET + ":4: column cost_type: 2027 drugs for HSN is given twice; the first is on line 2");
    }

    @Test
    void aPartBudgetedAboveItsWholeIsRefusedAtThePartsLine() {
        assertThatThrownBy(() -> CostTypeFiles.budgets(BUDGET, """
                year,cost_type,amount
                2027,pensions,900
                2027,personnel,800
                """, COMMITTEES)).isInstanceOf(InputFileException.class)
                .hasMessage(BUDGET + ":2: column amount: pensions is part of personnel (därav), but its budget 900 is "
                        + "more than personnel's 800 on line 3");
    }

    @Test
    void aYearThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> CostTypeFiles.budgets(BUDGET, "year,cost_type,amount\n27,drugs,10\n", COMMITTEES))
                .isInstanceOf(InputFileException.class)
                .hasMessage(BUDGET + ":2: column year: expected a year such as 2025, got \"27\"");
    }
}
