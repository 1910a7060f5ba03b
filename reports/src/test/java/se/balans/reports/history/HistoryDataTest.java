package se.balans.reports.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.reports.output.CsvRenderer;
import se.balans.reports.output.JsonRenderer;
import se.balans.reports.table.TextTableRenderer;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.reports.text.NumberStyle;

/** What status and audit print for programs: the columns and keys scripts read. */
class HistoryDataTest {
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T08:15:30.123Z");
    static final String SHA = "7dd5da7cdd84d33903b6dee5a9ad5563f38f2945fe16668d5da4f0ac34779d13";

    static final ImportRecord SUPERSEDED = new ImportRecord(1, "region-2026.se", SHA, 5262225, "SIE", 10576, 130625,
            Optional.of(YearMonth.of(2026, 1)), Optional.of(YearMonth.of(2026, 2)), AT, "anna", Optional.of(2L));
    static final ImportRecord EMPTY = new ImportRecord(2, "empty.csv", SHA, 40, "CSV", 0, 0, Optional.empty(),
            Optional.empty(), AT, "anna", Optional.empty());
    static final ClosingRecord REOPENED = new ClosingRecord(7, YearMonth.of(2026, 2), false, AT, "anna",
            "0.1.0", SHA, Optional.of(AT.plusDays(1)), Optional.of("bo"));

    @Test
    void statusCsvIsOneRecordPerImportThenPerClosingInSharedColumns() {
        assertThat(CsvRenderer.render(new StatusData(List.of(SUPERSEDED, EMPTY), List.of(REOPENED)).records()))
                .isEqualTo("""
                        kind,id,subject,sha256,at,by,state,detail
                        import,1,region-2026.se,%1$s,2026-03-02T08:15:30.123Z,anna,superseded,2026-01..2026-02
                        import,2,empty.csv,%1$s,2026-03-02T08:15:30.123Z,anna,current,..
                        closing,7,2026-02,%1$s,2026-03-02T08:15:30.123Z,anna,reopened,engine 0.1.0
                        """.formatted(SHA));
    }

    @Test
    void statusJsonHasEveryFieldAScriptMayNeedWithNullForMonthsNotKnown() {
        String json = JsonRenderer.render(new StatusData(List.of(EMPTY), List.of(REOPENED)).document());
        assertThat(json).isEqualTo("""
                {
                  "imports" : [ {
                    "id" : 2,
                    "file" : "empty.csv",
                    "sha256" : "%1$s",
                    "size_bytes" : 40,
                    "format" : "CSV",
                    "vouchers" : 0,
                    "rows" : 0,
                    "first_month" : null,
                    "last_month" : null,
                    "imported_at" : "2026-03-02T08:15:30.123Z",
                    "imported_by" : "anna",
                    "current" : true
                  } ],
                  "closings" : [ {
                    "id" : 7,
                    "month" : "2026-02",
                    "valid" : false,
                    "closed_at" : "2026-03-02T08:15:30.123Z",
                    "closed_by" : "anna",
                    "engine_version" : "0.1.0",
                    "inputs_sha256" : "%1$s",
                    "stale" : false,
                    "stale_by" : [ ]
                  } ],
                  "periods" : [ ]
                }
                """.formatted(SHA));
    }

    @Test
    void theAuditLogIsOneRecordPerEntryAndAJsonArray() {
        AuditData log = new AuditData(List.of(new AuditRecord(3, AT, "anna", "balans_ekonomi", "import",
                "region-2026.se", "import #1, 10576 vouchers", SHA)));
        assertThat(CsvRenderer.render(log.records())).isEqualTo("""
                id,at,os_user,action,subject,details,db_user,sha256
                3,2026-03-02T08:15:30.123Z,anna,import,region-2026.se,"import #1, 10576 vouchers",balans_ekonomi,%s
                """.formatted(SHA));
        assertThat(JsonRenderer.render(log.document())).isEqualTo("""
                [ {
                  "id" : 3,
                  "at" : "2026-03-02T08:15:30.123Z",
                  "os_user" : "anna",
                  "db_user" : "balans_ekonomi",
                  "action" : "import",
                  "subject" : "region-2026.se",
                  "details" : "import #1, 10576 vouchers",
                  "sha256" : "%s"
                } ]
                """.formatted(SHA));
    }

    @Test
    void peopleSeeShortenedFingerprintsDatesAndTheState() {
        HistoryTables t = new HistoryTables(Labels.of(Language.SV));
        TextTableRenderer text = new TextTableRenderer(NumberStyle.of(Language.SV));
        assertThat(text.render(t.imports(List.of(SUPERSEDED)))).contains("2026-01–2026-02").contains("10 576")
                .contains("7dd5da7cdd84 ").contains("2026-03-02 anna").contains("ersatt av #2");
        assertThat(text.render(t.closings(List.of(REOPENED)))).contains("återöppnad 2026-03-03 av bo");
    }

    @Test
    void aStaleClosingAndEveryMonthsSupplyAreInTheStatusCsv() {
        ClosingRecord stale = new ClosingRecord(8, YearMonth.of(2026, 3), true, AT, "anna", "0.1.0", SHA,
                Optional.empty(), Optional.empty(), List.of(9L));
        List<PeriodRecord> periods = List.of(new PeriodRecord(YearMonth.of(2026, 1), List.of(1L, 3L)),
                new PeriodRecord(YearMonth.of(2026, 2), List.of()));

        String csv = CsvRenderer.render(new StatusData(List.of(), List.of(stale), periods).records());

        assertThat(csv).contains("closing,8,2026-03," + SHA + "," + AT + ",anna,stale,engine 0.1.0; changed by #9\n")
                .contains("period,,2026-01,,,,supplied,\"#1 #3\"\n")
                .contains("period,,2026-02,,,,missing,\n");
    }
}
