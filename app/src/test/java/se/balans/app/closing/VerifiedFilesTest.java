package se.balans.app.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.closing.VerifyClosings.FileCheck;
import se.balans.io.Fingerprint;
import se.balans.store.ImportInfo;

/** An imported file that is gone fails the verification as a changed one does: it could not be checked. */
class VerifiedFilesTest {

    @TempDir
    Path dir;

    private static ImportInfo imported(Path file, String sha256, boolean withPath) {
        return new ImportInfo(1, file.getFileName().toString(), withPath ? Optional.of(file.toString()) : Optional.empty(),
                sha256, 10, "SIE", "UTF-8", 1, 2, Optional.empty(), Optional.empty(), OffsetDateTime.now(), "t",
                Optional.empty());
    }

    private static boolean ok(FileCheck check) {
        return new VerifyClosings.Result(List.of(), List.of(check)).ok();
    }

    @Test
    void aFileThatIsThereUnchangedPassesAndAChangedOneFails() throws IOException {
        Path f = Files.writeString(dir.resolve("ledger.se"), "#FLAGGA 0\n");
        FileCheck same = VerifyClosings.fileCheck(imported(f, Fingerprint.sha256(f), true));
        FileCheck changed = VerifyClosings.fileCheck(imported(f, "0".repeat(64), true));

        assertThat(same.state()).isEqualTo(FileCheck.State.MATCHES);
        assertThat(ok(same)).isTrue();
        assertThat(changed.state()).isEqualTo(FileCheck.State.CHANGED);
        assertThat(ok(changed)).isFalse();
    }

    @Test
    void aFileThatIsGoneFails() {
        FileCheck gone = VerifyClosings.fileCheck(imported(dir.resolve("moved-away.se"), "0".repeat(64), true));

        assertThat(gone.state()).isEqualTo(FileCheck.State.MISSING);
        assertThat(ok(gone)).isFalse();
    }
}
