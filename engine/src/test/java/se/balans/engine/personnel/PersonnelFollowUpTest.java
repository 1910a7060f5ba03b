package se.balans.engine.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * Personaluppföljning of a small municipality's social committee (SN) and technical committee (TN), computed by
 * hand: sick leave by sex and age band from summed hours, the long-term share, the change in full-time
 * equivalents, the same period last year, the groups of ten or fewer left unshown, and the gaps refused.
 */
class PersonnelFollowUpTest {
    static final Sex K = Sex.WOMAN;
    static final Sex M = Sex.MAN;
    static final AgeBand Y = AgeBand.UP_TO_29;
    static final AgeBand MID = AgeBand.FROM_30_TO_49;
    static final AgeBand O = AgeBand.FROM_50;

    static HrRecord r(String month, String committee, Sex sex, AgeBand band, int employees, String fte,
                      String ordinary, String sick, String longSick) {
        return new HrRecord(YearMonth.parse(month), committee, sex, band, employees, new BigDecimal(fte),
                new BigDecimal(ordinary), Optional.empty(), new BigDecimal(sick), new BigDecimal(longSick));
    }

    /**
     * SN, January–February 2024 and 2025, three groups:
     * <pre>
     *             women ≤29         women 30–49            men 50+
     *            emp fte ord  sick  emp fte ord  sick long emp fte ord  sick long
     * 2024-01     11 9.5 1500  90    38 34  6000 390 100   10  9  2500 200 150
     * 2024-02     11 9.5 1500  60    38 34  6000 420 200   10  9  2500 160  50
     * 2025-01     12 10.5 1600 80    40 36  6000 300 150   10 9.5 2400 240 200
     * 2025-02     12 10.5 1400 70    40 36  6000 420 200   10 9.5 2600 110  60
     * </pre>
     */
    static List<HrRecord> sn() {
        return List.of(
                r("2024-01", "SN", K, Y, 11, "9.5", "1500", "90", "0"),
                r("2024-01", "SN", K, MID, 38, "34", "6000", "390", "100"),
                r("2024-01", "SN", M, O, 10, "9", "2500", "200", "150"),
                r("2024-02", "SN", K, Y, 11, "9.5", "1500", "60", "0"),
                r("2024-02", "SN", K, MID, 38, "34", "6000", "420", "200"),
                r("2024-02", "SN", M, O, 10, "9", "2500", "160", "50"),
                r("2025-01", "SN", K, Y, 12, "10.5", "1600", "80", "0"),
                r("2025-01", "SN", K, MID, 40, "36", "6000", "300", "150"),
                r("2025-01", "SN", M, O, 10, "9.5", "2400", "240", "200"),
                r("2025-02", "SN", K, Y, 12, "10.5", "1400", "70", "0"),
                r("2025-02", "SN", K, MID, 40, "36", "6000", "420", "200"),
                r("2025-02", "SN", M, O, 10, "9.5", "2600", "110", "60"));
    }

    static final YearMonth FEB = YearMonth.of(2025, 2);

    @Test
    void sickLeaveToDateBySexAndAgeBandFromSummedHours() {
        PersonnelFollowUp f = PersonnelFollowUp.of(sn(), FEB, Optional.empty());
        PersonnelFollowUp.Figures sn = f.region();
        // To date: ordinary 1600+6000+2400+1400+6000+2600 = 20 000 h, sick 80+300+240+70+420+110 = 1 220 h.
        assertThat(sn.yearToDate().ordinaryHours()).isEqualByComparingTo("20000");
        assertThat(sn.yearToDate().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.061"));
        // February alone: 600 of 10 000.
        assertThat(sn.month().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.06"));
        // Women: 80+300+70+420 = 870 of 1600+6000+1400+6000 = 15 000 → 5.8 %; men 350 of 5 000 → 7 %.
        assertThat(sn.bySex().get(K).yearToDate().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.058"));
        assertThat(sn.bySex().get(M).yearToDate().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.07"));
        // ≤29: 150 of 3 000 → 5 %; 30–49: 720 of 12 000 → 6 %; 50+: 350 of 5 000 → 7 %.
        assertThat(sn.byAgeBand().get(Y).yearToDate().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.05"));
        assertThat(sn.byAgeBand().get(MID).yearToDate().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.06"));
        assertThat(sn.byAgeBand().get(O).yearToDate().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.07"));
        // Long-term (60 days or more): 150+200+200+60 = 610 of the 1 220 sick hours → 50 %.
        assertThat(sn.yearToDate().longTermShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    }

    @Test
    void percentagesComeFromSummedHoursNeverFromAveragedPercentages() {
        PersonnelFollowUp.Figures sn = PersonnelFollowUp.of(sn(), FEB, Optional.empty()).region();
        // Women: January 380 of 7 600 = 5 %, February 490 of 7 400 ≈ 6.62 %; the mean of the two, 5.81 %, is wrong:
        // the hours give 870 of 15 000 = 5.8 %.
        assertThat(sn.bySex().get(K).yearToDate().rate().orElseThrow()).isEqualByComparingTo("0.058")
                .isNotEqualByComparingTo(new BigDecimal("0.05").add(new BigDecimal("490").divide(new BigDecimal("7400"),
                        se.balans.engine.money.Ratios.CONTEXT)).divide(BigDecimal.valueOf(2)));

        // Two committees of unequal size in one month: SN 10 % of 3 000 h, TN 1 % of 1 000 h. The region is 310 of
        // 4 000 = 7.75 %, not the committees' mean of 5.5 %.
        List<HrRecord> two = List.of(r("2025-01", "SN", K, MID, 20, "18", "3000", "300", "0"),
                r("2025-01", "TN", M, O, 15, "15", "1000", "10", "0"));
        PersonnelFollowUp f = PersonnelFollowUp.of(two, YearMonth.of(2025, 1), Optional.empty());
        assertThat(f.region().month().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0775"));
        assertThat(f.committees()).extracting(c -> c.committee().orElseThrow()).containsExactly("SN", "TN");
        assertThat(f.committees().get(0).month().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.1"));
        assertThat(f.committees().get(1).month().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.01"));
    }

    @Test
    void fullTimeEquivalentsAndTheirChangeFromTheSameMonthLastYear() {
        PersonnelFollowUp.Figures sn = PersonnelFollowUp.of(sn(), FEB, Optional.empty()).region();
        // February 2025: 10.5 + 36 + 9.5 = 56; February 2024: 9.5 + 34 + 9 = 52.5; +3.5, i.e. 3.5 / 52.5 = 6.67 %.
        assertThat(sn.staff().fullTimeEquivalents()).isEqualByComparingTo("56");
        assertThat(sn.staff().employees()).isEqualTo(62);
        assertThat(sn.staffLastYear().orElseThrow().fullTimeEquivalents()).isEqualByComparingTo("52.5");
        assertThat(sn.fteChange()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.5"));
        assertThat(sn.fteChangeRate().orElseThrow().setScale(6, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.066667");
    }

    @Test
    void theSamePeriodLastYearAndTheChangeInPercentagePoints() {
        PersonnelFollowUp.Figures sn = PersonnelFollowUp.of(sn(), FEB, Optional.empty()).region();
        // January–February 2024: 680 + 640 = 1 320 of 20 000 h = 6.6 %; now 6.1 %: 0.5 percentage points lower.
        assertThat(sn.yearToDateLastYear().orElseThrow().rate()).hasValueSatisfying(v -> assertThat(v)
                .isEqualByComparingTo("0.066"));
        assertThat(sn.yearToDateChange()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-0.005"));
        assertThat(sn.lastYearMissing()).isEmpty();
        // Men last year: 360 of 5 000 = 7.2 %.
        assertThat(sn.bySex().get(M).yearToDateLastYear().orElseThrow().rate())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.072"));
    }

    @Test
    void aGroupOfTenOrFewerEmployeesIsNotShown() {
        PersonnelFollowUp f = PersonnelFollowUp.of(sn(), FEB, Optional.empty());
        // Men (all 50 or older) are 10 employees in February 2025: not shown; women ≤29 are 12: shown.
        assertThat(f.region().bySex().get(M).shown()).isFalse();
        assertThat(f.region().byAgeBand().get(O).shown()).isFalse();
        assertThat(f.region().byAgeBand().get(Y).shown()).isTrue();
        assertThat(f.region().bySex().get(K).shown()).isTrue();
        assertThat(f.region().shown()).isTrue();
        PersonnelFollowUp small = PersonnelFollowUp.of(List.of(r("2025-01", "PN", K, MID, 10, "9", "1500", "30", "0"),
                r("2025-01", "SN", K, MID, 11, "9", "1500", "30", "0")), YearMonth.of(2025, 1), Optional.empty());
        assertThat(small.committees()).extracting(PersonnelFollowUp.Figures::shown).containsExactly(false, true);
    }

    @Test
    void theTrendHasThirteenMonthsWithTheUnreportedOnesEmpty() {
        PersonnelFollowUp.Figures sn = PersonnelFollowUp.of(sn(), FEB, Optional.empty()).region();
        assertThat(sn.trend()).hasSize(13);
        assertThat(sn.trend().get(0).month()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(sn.trend().get(12).month()).isEqualTo(FEB);
        assertThat(sn.trend()).filteredOn(PersonnelFollowUp.TrendPoint::reported).extracting(PersonnelFollowUp.TrendPoint::month)
                .containsExactly(YearMonth.of(2024, 2), YearMonth.of(2025, 1), FEB);
        assertThat(sn.trend().get(0).sickLeave().orElseThrow().rate()).hasValueSatisfying(v -> assertThat(v)
                .isEqualByComparingTo("0.064"));
        // Twelve months to February 2025 are not all there: no rolling figure.
        assertThat(sn.rolling12Months()).isEmpty();
    }

    @Test
    void theRollingTwelveMonthsSumTheirHours() {
        List<HrRecord> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            // 1 000 h a month; 40 h sick, 100 h in December.
            rows.add(r(YearMonth.of(2024, m).toString(), "SN", K, MID, 20, "18", "1000", m == 12 ? "100" : "40", "0"));
        }
        rows.add(r("2025-01", "SN", K, MID, 20, "18", "1000", "20", "0"));
        PersonnelFollowUp.Figures sn = PersonnelFollowUp.of(rows, YearMonth.of(2025, 1), Optional.empty()).region();
        // February–December 2024 and January 2025: 10 × 40 + 100 + 20 = 520 of 12 000 h.
        assertThat(sn.rolling12Months().orElseThrow().sickHours()).isEqualByComparingTo("520");
        assertThat(sn.rolling12Months().orElseThrow().ordinaryHours()).isEqualByComparingTo("12000");
    }

    @Test
    void aMonthMissingThisYearIsRefusedAndOneMissingLastYearNamed() {
        List<HrRecord> noJanuary = sn().stream().filter(x -> !x.month().equals(YearMonth.of(2025, 1))).toList();
        assertThat(PersonnelFollowUp.gaps(noJanuary, FEB)).containsExactly(new PersonnelFollowUp.Gap(
                YearMonth.of(2025, 1), Optional.empty()));
        assertThatThrownBy(() -> PersonnelFollowUp.of(noJanuary, FEB, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2025-01");

        // A committee without rows in a month in which others have them.
        List<HrRecord> withTn = new ArrayList<>(sn());
        withTn.add(r("2025-02", "TN", M, MID, 12, "12", "2000", "20", "0"));
        assertThat(PersonnelFollowUp.gaps(withTn, FEB)).containsExactly(new PersonnelFollowUp.Gap(
                YearMonth.of(2025, 1), Optional.of("TN")));

        List<HrRecord> noLastJanuary = sn().stream().filter(x -> !x.month().equals(YearMonth.of(2024, 1))).toList();
        PersonnelFollowUp.Figures sn = PersonnelFollowUp.of(noLastJanuary, FEB, Optional.empty()).region();
        assertThat(sn.yearToDateLastYear()).isEmpty();
        assertThat(sn.yearToDateChange()).isEmpty();
        assertThat(sn.lastYearMissing()).containsExactly(YearMonth.of(2024, 1));
        assertThat(sn.bySex().get(K).yearToDateLastYear()).isEmpty();
        // The same month last year is there, so the change in staff is.
        assertThat(sn.fteChange()).isPresent();
    }

    @Test
    void aGroupGivenTwiceIsRefused() {
        List<HrRecord> twice = new ArrayList<>(sn());
        twice.add(r("2025-02", "SN", M, O, 10, "9.5", "2600", "110", "60"));
        assertThatThrownBy(() -> PersonnelFollowUp.of(twice, FEB, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
    }

    @Test
    void theAgencyShareAgainstItsTarget() {
        // 12.5 mnkr of agency staff against 500 mnkr of personnel costs: 2.5 %.
        AgencyShare over = new AgencyShare(Money.ofMnkr("12.5"), Money.ofMnkr("500"), Optional.of(
                new PersonnelTarget(PersonnelMetric.AGENCY_SHARE, new BigDecimal("0.02"), "regionplan")));
        assertThat(over.share()).isEqualByComparingTo("0.025");
        assertThat(over.met()).contains(false);
        AgencyShare within = new AgencyShare(Money.ofMnkr("12.5"), Money.ofMnkr("500"), Optional.of(
                new PersonnelTarget(PersonnelMetric.AGENCY_SHARE, new BigDecimal("0.025"), "regionplan")));
        assertThat(within.met()).contains(true);
        assertThat(new AgencyShare(Money.ofMnkr("1"), Money.ofMnkr("50"), Optional.empty()).met()).isEmpty();
        assertThatThrownBy(() -> new AgencyShare(Money.ofMnkr("-1"), Money.ofMnkr("50"), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> new AgencyShare(Money.ofMnkr("1"), Money.ZERO, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("personnel costs");

        PersonnelFollowUp f = PersonnelFollowUp.of(sn(), FEB, Optional.of(over), Optional.of(
                new PersonnelTarget(PersonnelMetric.SICK_LEAVE, new BigDecimal("0.06"), "nämndplan")));
        assertThat(f.agency()).contains(over);
        // 6.1 % to date against at most 6 %: not met.
        assertThat(f.sickLeaveTargetMet()).contains(false);
    }

    @Test
    void aRowBreakingARuleNamesItsField() {
        assertThatThrownBy(() -> r("2025-01", "SN", K, MID, 10, "9", "-1", "0", "0"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("ordinary_hours"));
        assertThatThrownBy(() -> r("2025-01", "SN", K, MID, 10, "9", "100", "101", "0"))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("sick_hours"));
        assertThatThrownBy(() -> r("2025-01", "SN", K, MID, 10, "9", "100", "50", "51"))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("long_sick_hours"));
        assertThatThrownBy(() -> r("2025-01", "SN", K, MID, 10, "10.5", "100", "50", "0"))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("fte"));
        assertThatThrownBy(() -> AgeBand.fromCode("30-50")).hasMessageContaining("29_or_younger");
        assertThat(AgeBand.fromCode("30–49 år")).isEqualTo(MID);
        assertThat(AgeBand.fromCode("29 år eller yngre")).isEqualTo(Y);
        assertThat(Sex.fromCode("Kvinna")).isEqualTo(K);
        assertThatThrownBy(() -> Sex.fromCode("k")).hasMessageContaining("kvinna or man");
    }
}
