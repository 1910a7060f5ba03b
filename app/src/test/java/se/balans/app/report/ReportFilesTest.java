package se.balans.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.reports.document.DocumentMetadata;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Language;

/** Report file names come from the report, the period and the language, and cannot leave the folder. */
class ReportFilesTest {
    private static final ReportDocument DOC = new ReportDocument("../../Regionplan", "/etc/passwd", "2025",
            Language.SV, new DocumentMetadata("0123456789abcdef", "0.1.0", Instant.parse("2025-01-01T00:00:00Z")),
            List.of(new Section("../S", "S", List.of(Table.builder("T", "Post", List.of("A"))
                    .row("../../x", List.of(Cell.text("/etc/passwd"))).build()), List.of())));

    @TempDir
    Path tmp;

    @Test
    void namesAreBasePeriodLanguageAndFormat() {
        assertThat(ReportFiles.fileName("regionplan-2025", Language.SV, DocumentFormat.xlsx))
                .isEqualTo("regionplan-2025.xlsx");
        assertThat(ReportFiles.fileName("regionplan-2025", Language.EN, DocumentFormat.pdf))
                .isEqualTo("regionplan-2025-en.pdf");
    }

    @Test
    void aBaseNameThatCouldLeaveTheFolderIsRefused() {
        for (String bad : new String[] {"../regionplan", "a/b", "/etc/passwd", "", ".hidden", "Region Plan", "..",
            "a\\b", "a\u0000b", "regionplan-2025/../../x", "C:x"}) {
            assertThatThrownBy(() -> ReportFiles.fileName(bad, Language.SV, DocumentFormat.pdf)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<Path> everything(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }

    @Test
    void givenInputTextThatLooksLikePathsTheDocumentsAreWrittenOnlyIntoTheChosenFolder() throws IOException {
        Path out = tmp.resolve("work/out");
        Files.createDirectories(tmp.resolve("work/other"));

        List<Path> written = ReportFiles.write(DOC, tmp.resolve("work/other/../out"), "regionplan-2025",
                Set.of(DocumentFormat.xlsx));

        assertThat(written).containsExactly(tmp.resolve("work/other/../out/regionplan-2025.xlsx"));
        assertThat(everything(tmp)).containsExactly(tmp, tmp.resolve("work"), tmp.resolve("work/other"), out,
                out.resolve("regionplan-2025.xlsx"));
    }

    @Test
    void aLinkAtTheDocumentsNameIsReplacedNotWrittenThrough() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "keep");
        Files.createSymbolicLink(out.resolve("regionplan-2025.xlsx"), outside);

        ReportFiles.write(DOC, out, "regionplan-2025", Set.of(DocumentFormat.xlsx));

        assertThat(Files.readString(outside)).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(out.resolve("regionplan-2025.xlsx"))).isFalse();
        assertThat(Files.size(out.resolve("regionplan-2025.xlsx"))).isPositive();
    }

    /**
     * Open: ReportFiles writes the {@code .part} file with {@code Files.newOutputStream}, which
     * follows a symbolic link left at that name and overwrites the file it points to, outside the
     * folder. The fix (in cli, the lead's): {@code Files.deleteIfExists(tmp)} and open it with
     * {@code StandardOpenOption.CREATE_NEW}, which never follows a link; with it this test passes.
     */
    @Test
    void aLinkLeftAtTheTemporaryNameIsNotWrittenThrough() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "keep");
        Files.createSymbolicLink(out.resolve(".regionplan-2025.xlsx.part"), outside);

        try {
            ReportFiles.write(DOC, out, "regionplan-2025", Set.of(DocumentFormat.xlsx));
        } catch (IOException | RuntimeException refused) {
            // Refusing is fine; writing through the link is not.
        }

        assertThat(Files.readString(outside)).isEqualTo("keep");
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "a file");

        assertThatThrownBy(() -> ReportFiles.write(DOC, file, "regionplan-2025", Set.of(DocumentFormat.xlsx)))
                .hasMessageContaining("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }
}
