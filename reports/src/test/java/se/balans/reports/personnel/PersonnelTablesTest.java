package se.balans.reports.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.engine.personnel.AgeBand;
import se.balans.engine.personnel.AgencyShare;
import se.balans.engine.personnel.HrRecord;
import se.balans.engine.personnel.PersonnelFollowUp;
import se.balans.engine.personnel.PersonnelMetric;
import se.balans.engine.personnel.PersonnelMissing;
import se.balans.engine.personnel.PersonnelTarget;
import se.balans.engine.personnel.Sex;
import se.balans.reports.SampleReports;
import se.balans.reports.chart.Chart;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.pdf.PdfArchivalCheck;
import se.balans.reports.pdf.PdfWriter;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.XlsxWriter;

/**
 * The personnel section of Region Exempel, February 2025, computed by hand: a social committee (SN) of 62 employees
 * and a technical committee (TN) of eight, whose sick leave is therefore not shown; the sentences, the tables, the
 * charts, and the section written as a workbook and a PDF.
 */
class PersonnelTablesTest {
    static final Labels SV = Labels.of(Language.SV);
    static final Map<String, String> NAMES = Map.of("SN", "Socialnämnden", "TN", "Tekniska nämnden");

    static HrRecord r(String month, String committee, Sex sex, AgeBand band, int employees, String fte,
                      String ordinary, String sick, String longSick) {
        return new HrRecord(YearMonth.parse(month), committee, sex, band, employees, new BigDecimal(fte),
                new BigDecimal(ordinary), Optional.empty(), new BigDecimal(sick), new BigDecimal(longSick));
    }

    /**
     * SN as in the engine's test (to date 1 220 of 20 000 h in 2025, 1 320 in 2024); TN eight men aged 30–49, 1 000 h
     * a month, 50 h sick a month in 2025 and 55 in 2024. The region to date: (1 220 + 100) / 22 000 = 6.0 %; last
     * year (1 320 + 110) / 22 000 = 6.5 %.
     */
    static List<HrRecord> records() {
        List<HrRecord> rows = new ArrayList<>(List.of(
                r("2024-01", "SN", Sex.WOMAN, AgeBand.UP_TO_29, 11, "9.5", "1500", "90", "0"),
                r("2024-01", "SN", Sex.WOMAN, AgeBand.FROM_30_TO_49, 38, "34", "6000", "390", "100"),
                r("2024-01", "SN", Sex.MAN, AgeBand.FROM_50, 10, "9", "2500", "200", "150"),
                r("2024-02", "SN", Sex.WOMAN, AgeBand.UP_TO_29, 11, "9.5", "1500", "60", "0"),
                r("2024-02", "SN", Sex.WOMAN, AgeBand.FROM_30_TO_49, 38, "34", "6000", "420", "200"),
                r("2024-02", "SN", Sex.MAN, AgeBand.FROM_50, 10, "9", "2500", "160", "50"),
                r("2025-01", "SN", Sex.WOMAN, AgeBand.UP_TO_29, 12, "10.5", "1600", "80", "0"),
                r("2025-01", "SN", Sex.WOMAN, AgeBand.FROM_30_TO_49, 40, "36", "6000", "300", "150"),
                r("2025-01", "SN", Sex.MAN, AgeBand.FROM_50, 10, "9.5", "2400", "240", "200"),
                r("2025-02", "SN", Sex.WOMAN, AgeBand.UP_TO_29, 12, "10.5", "1400", "70", "0"),
                r("2025-02", "SN", Sex.WOMAN, AgeBand.FROM_30_TO_49, 40, "36", "6000", "420", "200"),
                r("2025-02", "SN", Sex.MAN, AgeBand.FROM_50, 10, "9.5", "2600", "110", "60")));
        for (String m : List.of("2024-01", "2024-02", "2025-01", "2025-02")) {
            rows.add(r(m, "TN", Sex.MAN, AgeBand.FROM_30_TO_49, 8, "8", "1000", m.startsWith("2024") ? "55" : "50", "0"));
        }
        return rows;
    }

    static PersonnelFollowUp followUp() {
        return PersonnelFollowUp.of(records(), YearMonth.of(2025, 2), Optional.of(new AgencyShare(Money.ofMnkr("12.5"),
                Money.ofMnkr("500"), Optional.of(new PersonnelTarget(PersonnelMetric.AGENCY_SHARE, new BigDecimal("0.02"),
                "regionplan")))), Optional.of(new PersonnelTarget(PersonnelMetric.SICK_LEAVE, new BigDecimal("0.06"),
                "nämndplan")));
    }

    @Test
    void theSentencesAsARegionWritesThem() {
        List<String> text = new PersonnelTables(followUp(), SV, NAMES).narrative();
        assertThat(text).hasSize(4);
        // 70 employees; 56 + 8 = 64 full-time equivalents against 52.5 + 8 = 60.5: 3.5 more, +5.8 %.
        assertThat(text.get(0)).isEqualTo("I februari 2025 hade regionen 70 anställda och 64 årsarbetare, "
                + "4 årsarbetare fler än i februari 2024 (+5,8 procent).");
        assertThat(text.get(1)).startsWith("Sjukfrånvaron var 6,0 procent av den ordinarie arbetstiden hittills i år, "
                + "0,5 procentenheter lägre än samma period i fjol. ");
        // February: (600 + 50) / 11 000 = 5.9 %; long-term 610 of 1 320 sick hours = 46.2 %.
        assertThat(text.get(1)).contains("I februari 2025 var sjukfrånvaron 5,9 procent. ")
                .contains("Av sjukfrånvaron hittills i år avsåg 46,2 procent frånvaro under en sammanhängande tid av 60 "
                        + "dagar eller mer. ")
                // Women 870 / 15 000 = 5.8 %; men (350 + 100) / 7 000 = 6.4 %, 18 of them.
                .contains("Kvinnornas sjukfrånvaro var 5,8 procent och männens 6,4 procent. ")
                // ≤29: 150 / 3 000 = 5.0 %; 30–49: (720 + 100) / 14 000 = 5.9 %; 50+ are ten: not shown.
                .contains("Efter ålder var den 5,0 procent bland anställda 29 år eller yngre och 5,9 procent bland 30–49 år.")
                .endsWith("Sjukfrånvaron redovisas inte för grupper med högst tio anställda (anställda 50 år eller äldre).");
        // TN's eight employees are not shown.
        assertThat(text.get(2)).isEqualTo("Sjukfrånvaron hittills i år per nämnd och styrelse, med förändringen mot "
                + "samma period i fjol i procentenheter: Socialnämnden 6,1 procent (\u22120,5).");
        assertThat(text.get(3)).isEqualTo("Sjukfrånvaron är inom målet på högst 6,0 procent (nämndplan). "
                + "Kostnaden för inhyrd personal var 12,5 mnkr hittills i år, 2,5 procent av personalkostnaderna, "
                + "över målet på högst 2,0 procent (regionplan).");
        assertThat(String.join(" ", new PersonnelTables(followUp(), Labels.of(Language.EN), NAMES).narrative()))
                .contains("Sick leave was 6.0 per cent of the ordinary working hours so far this year, 0.5 percentage "
                        + "points lower than in the same period last year.");
    }

    @Test
    void theCommitteesTableLeavesASmallCommitteesSickLeaveEmpty() {
        Table t = new PersonnelTables(followUp(), SV, NAMES).committees();
        assertThat(t.rows()).extracting(row -> row.key().orElseThrow()).containsExactly("SN", "TN", "total");
        List<Cell> sn = t.rows().get(0).cells();
        assertThat(sn.get(0)).isEqualTo(Cell.integer(62));
        assertThat(((Cell.Number) sn.get(2)).value()).isEqualByComparingTo("3.5");
        assertThat(((Cell.Percent) sn.get(4)).fraction()).isEqualByComparingTo("0.061");
        assertThat(((Cell.Percent) sn.get(5)).fraction()).isEqualByComparingTo("0.066");
        assertThat(((Cell.Number) sn.get(6)).value()).isEqualByComparingTo("-0.5");
        assertThat(((Cell.Percent) sn.get(7)).fraction()).isEqualByComparingTo("0.5");
        List<Cell> tn = t.rows().get(1).cells();
        assertThat(tn.get(0)).isEqualTo(Cell.integer(8));
        assertThat(tn.subList(3, 8)).containsOnly(Cell.EMPTY);
        assertThat(t.note()).hasValueSatisfying(n -> assertThat(n).contains("högst tio anställda"));
        String text = new TextTableRenderer(se.balans.reports.text.NumberStyle.of(Language.SV)).render(t);
        assertThat(text).contains("Personal per nämnd och styrelse, februari 2025").contains("Tekniska nämnden")
                .contains("Regionen");
    }

    @Test
    void theAnnualReportsSevenFiguresByGroup() {
        Table t = new PersonnelTables(followUp(), SV, NAMES).groups();
        assertThat(t.rows()).extracting(row -> row.key().orElseThrow()).containsExactly("total", "kvinna", "man",
                "29_or_younger", "30_49", "50_or_older", "long_term_share");
        assertThat(((Cell.Percent) t.rows().get(0).cells().get(1)).fraction()).isEqualByComparingTo("0.06");
        assertThat(((Cell.Percent) t.rows().get(0).cells().get(2)).fraction()).isEqualByComparingTo("0.065");
        assertThat(((Cell.Percent) t.rows().get(1).cells().get(1)).fraction()).isEqualByComparingTo("0.058");
        assertThat(t.rows().get(5).cells()).containsOnly(Cell.EMPTY);
        Table byCommittee = new PersonnelTables(followUp(), SV, NAMES).committeeGroups();
        // SN's men are ten: not shown; its women 5.8 %.
        assertThat(((Cell.Percent) byCommittee.rows().get(0).cells().get(0)).fraction()).isEqualByComparingTo("0.058");
        assertThat(byCommittee.rows().get(0).cells().get(1)).isEqualTo(Cell.EMPTY);
        assertThat(byCommittee.rows().get(1).cells()).containsOnly(Cell.EMPTY);
    }

    @Test
    void theTargetsAndTheAgencyShare() {
        Table t = new PersonnelTables(followUp(), SV, NAMES).targets().orElseThrow();
        assertThat(t.rows()).extracting(row -> row.key().orElseThrow()).containsExactly("sick_leave", "agency_share",
                "agency_cost", "personnel_cost");
        assertThat(t.rows().get(0).cells().get(2)).isEqualTo(Cell.text("Uppfyllt"));
        assertThat(t.rows().get(1).cells().get(2)).isEqualTo(Cell.text("Ej uppfyllt"));
        assertThat(((Cell.Percent) t.rows().get(1).cells().get(0)).fraction()).isEqualByComparingTo("0.025");
        assertThat(new PersonnelTables(PersonnelFollowUp.of(records(), YearMonth.of(2025, 2), Optional.empty()), SV,
                NAMES).targets()).isEmpty();
    }

    @Test
    void theChartsDrawTheMonthsReportedWithoutAGap() {
        List<Chart> charts = new PersonnelTables(followUp(), SV, NAMES).charts();
        assertThat(charts).hasSize(2);
        // 2024-02 is reported but 2024-03 … 2024-12 are not: the lines start in January 2025.
        assertThat(charts.get(0).categories()).containsExactly("jan 2025", "feb 2025");
        // 10.5 + 36 + 9.5 + 8 = 64 in both months.
        assertThat(charts.get(0).series().get(0).values()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("64"), new BigDecimal("64"));
        assertThat(charts.get(1).series()).extracting(Chart.Series::name).containsExactly("Regionen", "Socialnämnden");
        // January: (620 + 50) / 11 000 = 6.0909… %.
        assertThat(charts.get(1).series().get(0).values().get(0).setScale(4, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("6.0909");
    }

    @Test
    void theSectionIsWrittenAsAWorkbookAndAPdf() throws IOException {
        Section section = new PersonnelTables(followUp(), SV, NAMES).section();
        ReportDocument doc = new ReportDocument("Månadsrapport februari 2025", "Region Exempel", "Januari–februari 2025",
                Language.SV, SampleReports.metadata(), List.of(section));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfWriter().write(doc, pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(d).replace('\u00A0', ' ');
            assertThat(text).contains("Personal: årsarbetare och sjukfrånvaro").contains("Socialnämnden")
                    .contains("Andel av sjukfrånvaron som avser 60 dagar eller mer");
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxWriter().write(doc, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(wb.getSheet("Personal")).isNotNull();
        }
    }

    @Test
    void theSectionsPdfIsPdfA2aAndPdfUa1() throws Exception {
        ReportDocument doc = new ReportDocument("Månadsrapport februari 2025", "Region Exempel", "Januari–februari 2025",
                Language.SV, SampleReports.metadata(), List.of(new PersonnelTables(followUp(), SV, NAMES).section()));
        byte[] pdf = SampleReports.pdf(doc);
        assertThat(PdfArchivalCheck.failures(pdf)).as("PDF/A-2a").isEmpty();
        assertThat(PdfArchivalCheck.uaFailures(pdf)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void aMonthWithoutAFollowUpIsSaidInWords() {
        Section s = PersonnelTables.missingSection(new PersonnelMissing(YearMonth.of(2026, 4),
                PersonnelMissing.Reason.NO_MONTH, "region/hr", Optional.of(List.of(YearMonth.of(2024, 1),
                YearMonth.of(2026, 3))), List.of()), SV);
        assertThat(s.paragraphs()).containsExactly(
                "Personaluppföljning saknas för april 2026: HR-exporterna i region/hr omfattar 2024-01–2026-03.");
        assertThat(PersonnelTables.missing(new PersonnelMissing(YearMonth.of(2026, 3),
                PersonnelMissing.Reason.INCOMPLETE, "region/hr", Optional.of(List.of(YearMonth.of(2026, 1),
                YearMonth.of(2026, 3))), List.of(new PersonnelFollowUp.Gap(YearMonth.of(2026, 2), Optional.of("TN")))), SV))
                .isEqualTo("Personaluppföljning saknas för mars 2026: HR-exporterna i region/hr saknar rader för "
                        + "2026-02 (TN), som uppgifterna från januari behöver.");
    }
}
