package se.balans.io.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.organisation.Organisation;
import se.balans.engine.personnel.AgeBand;
import se.balans.engine.personnel.HrRecord;
import se.balans.engine.personnel.PersonnelMetric;
import se.balans.engine.personnel.Sex;
import se.balans.io.InputFileException;

/** The HR export and the personnel targets: read strictly, every refusal with its file, line and column. */
class HrExportFileTest {
    static final Path FILE = Path.of("hr-2025.csv");
    static final String HEADER = "month,committee,sex,age_band,employees,fte,ordinary_hours,sick_hours,long_sick_hours\n";
    static final Organisation ORG = Organisation.of("Exempelkommunen", "212000-0142");
    static final HrExportFile.Options COMMITTEES = new HrExportFile.Options(Optional.of(ORG),
            Optional.of(Set.of("SN", "TN")));

    /** The refusal of a text, asserting its place. */
    static InputFileException refused(String text, HrExportFile.Options options, long line, String field) {
        InputFileException e = catchThrowableOfType(InputFileException.class,
                () -> HrExportFile.parse(FILE, text, options));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).contains(line);
        assertThat(e.field()).contains(field);
        assertThat(e.getMessage()).startsWith("hr-2025.csv:" + line + ": column " + field + ": ");
        return e;
    }

    @Test
    void rowsOfSeveralMonthsWithTheirGroups() {
        List<HrRecord> rows = HrExportFile.parse(FILE, """
                # Exempelkommunen, personalstatistik
                month,committee,sex,age_band,employees,fte,ordinary_hours,worked_hours,sick_hours,long_sick_hours,org_number
                2025-01,SN,kvinna,30_49,40,36,6000,5400.5,300,150,212000-0142
                2025-02,SN,man,50 år eller äldre,10,9.5,2600,2500,110,60,2120000142
                """, COMMITTEES);
        assertThat(rows).containsExactly(
                new HrRecord(YearMonth.of(2025, 1), "SN", Sex.WOMAN, AgeBand.FROM_30_TO_49, 40, new BigDecimal("36"),
                        new BigDecimal("6000"), Optional.of(new BigDecimal("5400.5")), new BigDecimal("300"),
                        new BigDecimal("150")),
                new HrRecord(YearMonth.of(2025, 2), "SN", Sex.MAN, AgeBand.FROM_50, 10, new BigDecimal("9.5"),
                        new BigDecimal("2600"), Optional.of(new BigDecimal("2500")), new BigDecimal("110"),
                        new BigDecimal("60")));
    }

    @Test
    void excelsSemicolonsAndDecimalCommas() {
        List<HrRecord> rows = HrExportFile.parse(FILE, """
                month;committee;sex;age_band;employees;fte;ordinary_hours;sick_hours;long_sick_hours
                2025-01;SN;kvinna;29_or_younger;12;10,5;1600,25;80,5;0
                """, HrExportFile.Options.NONE);
        assertThat(rows.get(0).fullTimeEquivalents()).isEqualByComparingTo("10.5");
        assertThat(rows.get(0).ordinaryHours()).isEqualByComparingTo("1600.25");
    }

    @Test
    void negativeHoursAreRefused() {
        refused(HEADER + "2025-01,SN,kvinna,30_49,40,36,-6000,300,150\n", COMMITTEES, 2, "ordinary_hours");
        refused(HEADER + "2025-01,SN,kvinna,30_49,40,36,6000,-1,0\n", COMMITTEES, 2, "sick_hours");
        refused(HEADER + "2025-01,SN,kvinna,30_49,40,36,6000,300,-5\n", COMMITTEES, 2, "long_sick_hours");
        refused(HEADER + "2025-01,SN,kvinna,30_49,-40,36,6000,300,5\n", COMMITTEES, 2, "employees");
        refused(HEADER + "2025-01,SN,kvinna,30_49,40,-36,6000,300,5\n", COMMITTEES, 2, "fte");
        refused("month,committee,sex,age_band,employees,fte,ordinary_hours,worked_hours,sick_hours,long_sick_hours\n"
                + "2025-01,SN,kvinna,30_49,40,36,6000,-1,300,5\n", COMMITTEES, 2, "worked_hours");
    }

    @Test
    void sickHoursAboveTheOrdinaryHoursAreRefused() {
        assertThat(refused(HEADER + "2025-01,SN,kvinna,30_49,40,36,6000,300,150\n2025-01,SN,man,30_49,12,12,1900,1900.5,0\n",
                COMMITTEES, 3, "sick_hours").getMessage()).contains("more than the 1900 ordinary working hours");
        assertThat(refused(HEADER + "2025-01,SN,kvinna,30_49,40,36,6000,300,300.5\n", COMMITTEES, 2, "long_sick_hours")
                .getMessage()).contains("60 days or more");
        assertThat(refused(HEADER + "2025-01,SN,kvinna,30_49,40,40.5,6000,300,150\n", COMMITTEES, 2, "fte")
                .getMessage()).contains("at most one full-time equivalent");
        assertThat(refused(HEADER + "2025-01,SN,kvinna,30_49,40.5,36,6000,300,150\n", COMMITTEES, 2, "employees")
                .getMessage()).contains("whole number");
    }

    @Test
    void anUnknownSexOrAgeBandIsRefused() {
        assertThat(refused(HEADER + "2025-01,SN,k,30_49,40,36,6000,300,150\n", COMMITTEES, 2, "sex").getMessage())
                .contains("expected kvinna or man");
        assertThat(refused(HEADER + "2025-01,SN,kvinna,30-50,40,36,6000,300,150\n", COMMITTEES, 2, "age_band")
                .getMessage()).contains("29_or_younger, 30_49, 50_or_older");
    }

    @Test
    void aCommitteeNotInTheListIsRefusedAndAnyIsReadWithoutOne() {
        String text = HEADER + "2025-01,SN,kvinna,30_49,40,36,6000,300,150\n2025-01,BUN,kvinna,30_49,40,36,6000,300,150\n";
        assertThat(refused(text, COMMITTEES, 3, "committee").getMessage())
                .contains("unknown committee \"BUN\"; committees.csv lists SN, TN");
        assertThat(HrExportFile.parse(FILE, text, HrExportFile.Options.NONE)).hasSize(2);
    }

    @Test
    void aGroupGivenTwiceIsRefusedWithBothPlaces(@TempDir Path dir) throws IOException {
        assertThat(refused(HEADER + "2025-01,SN,kvinna,30_49,40,36,6000,300,150\n"
                + "2025-01,SN,man,30_49,40,36,6000,300,150\n"
                + "2025-01,SN,kvinna,30–49 år,40,36,6000,300,150\n", COMMITTEES, 4, "month").getMessage())
                .contains("2025-01 SN kvinna 30_49 is given twice (also at hr-2025.csv:2)");
        Path a = Files.writeString(dir.resolve("hr-a.csv"), HEADER + "2025-01,SN,kvinna,30_49,40,36,6000,300,150\n");
        Path b = Files.writeString(dir.resolve("hr-b.csv"), HEADER + "2025-02,SN,kvinna,30_49,40,36,6000,300,150\n"
                + "2025-01,SN,kvinna,30_49,40,36,6000,300,150\n");
        InputFileException e = catchThrowableOfType(InputFileException.class,
                () -> HrExportFile.readAll(List.of(a, b), COMMITTEES));
        assertThat(e.file()).isEqualTo(b);
        assertThat(e.line()).contains(3L);
        assertThat(e.field()).contains("month");
        assertThat(e.getMessage()).contains("also at " + a + ":2");
    }

    @Test
    void anotherOrganisationsExportIsRefused() {
        String header = HEADER.strip() + ",org_number\n";
        assertThat(refused(header + "2025-01,SN,kvinna,30_49,40,36,6000,300,150,232100-0222\n", COMMITTEES, 2,
                "org_number").getMessage()).contains("not of this workspace's Exempelkommunen (212000-0142)");
        assertThat(refused(header + "2025-01,SN,kvinna,30_49,40,36,6000,300,150,212000-0142\n"
                + "2025-01,SN,man,30_49,40,36,6000,300,150,232100-0222\n", HrExportFile.Options.NONE, 3, "org_number")
                .getMessage()).contains("one export is of one organisation");
        refused(header + "2025-01,SN,kvinna,30_49,40,36,6000,300,150,212000-0143\n", COMMITTEES, 2, "org_number");
    }

    @Test
    void aBadMonthOrNumberAndAnEmptyExport() {
        refused(HEADER + "2025-13,SN,kvinna,30_49,40,36,6000,300,150\n", COMMITTEES, 2, "month");
        refused(HEADER + "2025-01,SN,kvinna,30_49,40,36,6 000,300,150\n", COMMITTEES, 2, "ordinary_hours");
        InputFileException e = catchThrowableOfType(InputFileException.class,
                () -> HrExportFile.parse(FILE, HEADER, COMMITTEES));
        assertThat(e.getMessage()).contains("no rows");
        InputFileException missing = catchThrowableOfType(InputFileException.class,
                () -> HrExportFile.parse(FILE, "month,committee,sex,age_band,employees,fte,sick_hours,long_sick_hours\n",
                        COMMITTEES));
        assertThat(missing.field()).contains("ordinary_hours");
    }

    @Test
    void theTargetsByMetricAndYear() {
        PersonnelTargetsFile.Targets t = PersonnelTargetsFile.parse(Path.of("personnel-targets.csv"), """
                metric,year,target,source
                agency_share,,2.0,illustrativt
                agency_share,2026,1.5,regionplan 2026
                sick_leave,,5,illustrativt
                """);
        assertThat(t.of(PersonnelMetric.AGENCY_SHARE, 2025).orElseThrow().maximum()).isEqualByComparingTo("0.02");
        assertThat(t.of(PersonnelMetric.AGENCY_SHARE, 2026).orElseThrow().maximum()).isEqualByComparingTo("0.015");
        assertThat(t.of(PersonnelMetric.AGENCY_SHARE, 2026).orElseThrow().source()).isEqualTo("regionplan 2026");
        assertThat(t.of(PersonnelMetric.SICK_LEAVE, 2030).orElseThrow().maximum()).isEqualByComparingTo("0.05");
        assertThat(PersonnelTargetsFile.parse(Path.of("t.csv"), "metric,target,source\n")
                .of(PersonnelMetric.SICK_LEAVE, 2025)).isEmpty();
    }

    @Test
    void aBadTargetIsRefusedWithItsPlace() {
        Path f = Path.of("personnel-targets.csv");
        InputFileException unknown = catchThrowableOfType(InputFileException.class,
                () -> PersonnelTargetsFile.parse(f, "metric,target,source\nturnover,2,x\n"));
        assertThat(unknown.line()).contains(2L);
        assertThat(unknown.field()).contains("metric");
        InputFileException over = catchThrowableOfType(InputFileException.class,
                () -> PersonnelTargetsFile.parse(f, "metric,target,source\nagency_share,120,x\n"));
        assertThat(over.field()).contains("target");
        InputFileException twice = catchThrowableOfType(InputFileException.class,
                () -> PersonnelTargetsFile.parse(f, "metric,target,source\nagency_share,2,x\nagency_share,3,y\n"));
        assertThat(twice.line()).contains(3L);
        assertThat(twice.field()).contains("metric");
    }
}
