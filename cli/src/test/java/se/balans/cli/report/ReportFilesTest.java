package se.balans.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.balans.reports.text.Language;

/** Report file names come from the report, the period and the language, and cannot leave the folder. */
class ReportFilesTest {

    @Test
    void namesAreBasePeriodLanguageAndFormat() {
        assertThat(ReportFiles.fileName("regionplan-2025", Language.SV, DocumentFormat.xlsx))
                .isEqualTo("regionplan-2025.xlsx");
        assertThat(ReportFiles.fileName("regionplan-2025", Language.EN, DocumentFormat.pdf))
                .isEqualTo("regionplan-2025-en.pdf");
    }

    @Test
    void aBaseNameThatCouldLeaveTheFolderIsRefused() {
        for (String bad : new String[] {"../regionplan", "a/b", "/etc/passwd", "", ".hidden", "Region Plan"}) {
            assertThatThrownBy(() -> ReportFiles.fileName(bad, Language.SV, DocumentFormat.pdf)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
