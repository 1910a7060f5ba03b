package se.balans.app.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.MissingInputException;
import se.balans.app.SampleWorkspace;
import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.personnel.PersonnelFollowUp;
import se.balans.engine.personnel.PersonnelMissing;
import se.balans.io.InputFileException;

/**
 * The personnel follow-up from the workspace's HR exports: the sample region's reproduces seed 000's sick leave of
 * Regionstyrelsen, 4,7 % in December 2024 and 4,2 % in November 2025; a month without an export is said in words.
 */
class ClosingPersonnelTest {
    static final Organisation VB = Organisation.of("Region Västerbotten", "232100-0222");

    static PersonnelFollowUp.Figures rs(PersonnelFollowUp f) {
        return f.committees().stream().filter(c -> c.committee().orElseThrow().equals("RS")).findFirst().orElseThrow();
    }

    static String percent(Optional<BigDecimal> fraction) {
        return fraction.orElseThrow().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theSampleReproducesRegionstyrelsensSickLeaveOfSeed000() {
        PersonnelFollowUp dec2024 = ClosingPersonnel.of(SampleWorkspace.region(), YearMonth.of(2024, 12),
                Optional.of(VB)).require();
        // "Den genomsnittliga frånvaron låg på 4,7 % i december 2024 och minskade till 4,2% i november 2025."
        assertThat(rs(dec2024).yearToDate().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.047"));
        assertThat(rs(dec2024).month().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.047"));
        PersonnelFollowUp nov2025 = ClosingPersonnel.of(SampleWorkspace.region(), YearMonth.of(2025, 11),
                Optional.of(VB)).require();
        PersonnelFollowUp.Figures rs = rs(nov2025);
        assertThat(rs.yearToDate().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.042"));
        assertThat(rs.month().rate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.042"));
        assertThat(percent(rs.rolling12Months().orElseThrow().rate())).isEqualTo("4.2");
        assertThat(rs.yearToDateLastYear().orElseThrow().rate()).hasValueSatisfying(v -> assertThat(v)
                .isEqualByComparingTo("0.047"));
        assertThat(rs.yearToDateChange()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-0.005"));
        // The region of about 10 000 employees, three committees.
        assertThat(nov2025.region().staff().employees()).isBetween(9_500, 10_500);
        assertThat(nov2025.committees()).extracting(c -> c.committee().orElseThrow()).containsExactly("RS", "HSN", "RUN");
    }

    @Test
    void theMonthlyReportSaysItAsTheBoardDid() {
        PersonnelFollowUp nov2025 = ClosingPersonnel.of(SampleWorkspace.region(), YearMonth.of(2025, 11),
                Optional.of(VB)).require();
        java.util.List<String> text = new se.balans.reports.personnel.PersonnelTables(nov2025,
                se.balans.reports.text.Labels.of(se.balans.reports.text.Language.SV),
                java.util.Map.of("RS", "Regionstyrelsen", "HSN", "Hälso- och sjukvårdsnämnden")).narrative();
        assertThat(text.get(1)).contains("Sjukfrånvaron var 5,9 procent av den ordinarie arbetstiden hittills i år");
        assertThat(text.get(2)).contains("Regionstyrelsen 4,2 procent (\u22120,5)");
        // Every group of the region has more than ten employees, so every figure is shown.
        assertThat(text.get(1)).doesNotContain("redovisas inte").contains("Kvinnornas sjukfrånvaro var");
    }

    @Test
    void theAgencyShareWithTheWorkspacesTarget() {
        // 130 mnkr of agency staff against 6 500 mnkr of personnel costs: 2 %, at most the sample's 2.0 %: met.
        PersonnelFollowUp f = ClosingPersonnel.of(SampleWorkspace.region(), YearMonth.of(2026, 3), Optional.of(VB),
                Optional.of(new ClosingPersonnel.AgencyCosts(Money.ofMnkr("130"), Money.ofMnkr("6500")))).require();
        assertThat(f.agency().orElseThrow().share()).isEqualByComparingTo("0.02");
        assertThat(f.agency().orElseThrow().met()).contains(true);
        assertThat(f.agency().orElseThrow().target().orElseThrow().source()).contains("illustrativt");
        assertThat(f.sickLeaveTarget()).isPresent();
    }

    @Test
    void aMonthWithoutAnExportIsSaidInWords(@TempDir Path dir) throws IOException {
        ClosingPersonnel.Result april = ClosingPersonnel.of(SampleWorkspace.region(), YearMonth.of(2026, 4),
                Optional.of(VB));
        assertThat(april.followUp()).isEmpty();
        assertThat(april.missing().orElseThrow().reason()).isEqualTo(PersonnelMissing.Reason.NO_MONTH);
        assertThat(april.missing().orElseThrow().describe()).contains("no HR export for 2026-04")
                .contains("cover 2024-01 – 2026-03");
        assertThatThrownBy(april::require).isInstanceOf(MissingInputException.class).hasMessageContaining("2026-04");

        ClosingPersonnel.Result none = ClosingPersonnel.of(dir, YearMonth.of(2026, 3), Optional.empty());
        assertThat(none.missing().orElseThrow().reason()).isEqualTo(PersonnelMissing.Reason.NO_EXPORT);
        assertThat(none.missing().orElseThrow().describe()).contains(dir.resolve("hr").toString());

        Files.createDirectories(dir.resolve("hr"));
        Files.writeString(dir.resolve("hr/hr.csv"), """
                month,committee,sex,age_band,employees,fte,ordinary_hours,sick_hours,long_sick_hours
                2026-01,SN,kvinna,30_49,40,36,6000,300,150
                2026-03,SN,kvinna,30_49,40,36,6000,300,150
                """);
        ClosingPersonnel.Result gap = ClosingPersonnel.of(dir, YearMonth.of(2026, 3), Optional.empty());
        assertThat(gap.missing().orElseThrow().reason()).isEqualTo(PersonnelMissing.Reason.INCOMPLETE);
        assertThat(gap.missing().orElseThrow().describe()).contains("no rows for 2026-02");
        assertThat(ClosingPersonnel.of(dir, YearMonth.of(2026, 1), Optional.empty()).followUp()).isPresent();
    }

    @Test
    void aBadExportIsRefusedWithItsPlaceAndACommitteeOfAnotherListToo(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("hr"));
        Files.writeString(dir.resolve("committees.csv"), "code,name\nSN,Socialnämnden\n");
        Path export = Files.writeString(dir.resolve("hr/hr.csv"), """
                month,committee,sex,age_band,employees,fte,ordinary_hours,sick_hours,long_sick_hours
                2026-01,SN,kvinna,30_49,40,36,6000,300,150
                2026-01,TN,kvinna,30_49,40,36,6000,300,150
                """);
        assertThatThrownBy(() -> ClosingPersonnel.of(dir, YearMonth.of(2026, 1), Optional.empty()))
                .isInstanceOf(InputFileException.class).hasMessageStartingWith(export + ":3: column committee:");
        assertThatThrownBy(() -> ClosingPersonnel.of(SampleWorkspace.region(), YearMonth.of(2026, 3),
                Optional.of(Organisation.of("Region Exempel", "212000-0142"))))
                .isInstanceOf(InputFileException.class).hasMessageContaining("column org_number");
    }
}
