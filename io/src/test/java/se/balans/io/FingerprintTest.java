package se.balans.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHA-256 over named input files and the engine version. */
class FingerprintTest {

    @Test
    void givenTwoSmallFilesTheDigestIsTheDocumentedOne(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Path b = Files.writeString(dir.resolve("b.csv"), "");
        // sha256("a" 0x00 len=1 (8 bytes, big-endian) "x" "b" 0x00 len=0 "engine 1.0"), computed independently
        assertThat(Fingerprint.of(Map.of("a", a, "b", b), "1.0"))
                .isEqualTo("487289c292aebd8a06537352da2c052c29631cf8c99c344c05267b2e4f2a4a1c");
    }

    @Test
    void theOrderTheFilesAreGivenInAndTheirFolderDoNotMatter(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        for (Path d : new Path[] {one, two}) {
            Files.writeString(d.resolve("frames.csv"), "year,committee,amount\n2025,RS,1\n");
            Files.writeString(d.resolve("plan.properties"), "region=R\nplan_year=2025\n");
        }
        Map<String, Path> forward = new LinkedHashMap<>();
        forward.put("plan/frames.csv", one.resolve("frames.csv"));
        forward.put("plan/plan.properties", one.resolve("plan.properties"));
        Map<String, Path> backward = new LinkedHashMap<>();
        backward.put("plan/plan.properties", two.resolve("plan.properties"));
        backward.put("plan/frames.csv", two.resolve("frames.csv"));
        assertThat(Fingerprint.of(forward, "0.1.0")).isEqualTo(Fingerprint.of(backward, "0.1.0")).hasSize(64);
    }

    @Test
    void aChangedByteAMovedByteOrAnotherEngineChangeTheFingerprint(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a"), "ab");
        Path b = Files.writeString(dir.resolve("b"), "c");
        String base = Fingerprint.of(Map.of("a", a, "b", b), "1");
        assertThat(Fingerprint.of(Map.of("a", a, "b", b), "2")).isNotEqualTo(base);
        Files.writeString(a, "a");
        Files.writeString(b, "bc");
        assertThat(Fingerprint.of(Map.of("a", a, "b", b), "1")).as("same bytes, other split").isNotEqualTo(base);
        Files.writeString(a, "ab");
        Files.writeString(b, "d");
        assertThat(Fingerprint.of(Map.of("a", a, "b", b), "1")).isNotEqualTo(base);
    }

    @Test
    void aMissingFileIsBadInputNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> Fingerprint.of(Map.of("x", missing), "1"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("nope.csv");
    }
}
