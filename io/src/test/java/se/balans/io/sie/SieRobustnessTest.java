package se.balans.io.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.io.InputFileException;
import se.balans.io.ledger.CollectingSink;

/**
 * Damaged files: whatever is cut off or changed, the reader either succeeds or refuses with its
 * own error naming the file and a line, never another exception.
 */
class SieRobustnessTest {
    private static final byte[] SPECIAL = {'{', '}', '"', '\\', '#', '\n', '\r', ' ', 0, (byte) 0xC3, (byte) 0x8F, '-', '.', '9'};
    private static final String VOUCHERS = """
            #FLAGGA 0
            #SIETYP 4
            #RAR 0 20250101 20251231
            #VER A 1 20250115 "Hyra"
            {
            #TRANS 5010 {1 "100" 6 "P1"} 1000.00 20250110 "Hyra \\"hus\\""
            #RTRANS 1930 {} -1000.00
            #TRANS 1930 {} -1000.00
            #BTRANS 1930 {} -5.00
            }
            #VER A 2 20250116 "Lön"
            {
            #TRANS 7010 {1 "200"} 250.50
            #TRANS 2710 {} -250.50
            }
            """;

    @TempDir
    Path dir;

    private List<byte[]> originals() throws IOException {
        return List.of(
                Files.readAllBytes(SieSamples.path(SieSamples.NORSTEDTS)),
                Files.readAllBytes(SieSamples.path(SieSamples.VISMA_SIE3)),
                Files.readAllBytes(SieSamples.path(SieSamples.BL_TYPE3)),
                Files.readAllBytes(SieSamples.path(SieSamples.BL_TYPE4I)),
                VOUCHERS.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void truncatedFilesSucceedOrFailWithTheReadersOwnError() throws IOException {
        int tried = 0;
        for (byte[] original : originals()) {
            for (int cut = 0; cut < original.length; cut += Math.max(1, original.length / 100)) {
                assertOnlyOwnErrors(Arrays.copyOf(original, cut));
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(400);
    }

    @Test
    void changedBytesSucceedOrFailWithTheReadersOwnError() throws IOException {
        Random random = new Random(20250115);
        List<byte[]> originals = originals();
        for (int i = 0; i < 600; i++) {
            byte[] bytes = originals.get(i % originals.size()).clone();
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                int at = random.nextInt(bytes.length);
                bytes[at] = random.nextBoolean() ? SPECIAL[random.nextInt(SPECIAL.length)] : (byte) random.nextInt(256);
            }
            assertOnlyOwnErrors(bytes);
        }
    }

    private void assertOnlyOwnErrors(byte[] bytes) throws IOException {
        Path f = dir.resolve("damaged.se");
        Files.write(f, bytes);
        try {
            SieReader.read(f, new CollectingSink());
        } catch (InputFileException e) {
            assertThat(e.file()).isEqualTo(f);
            assertThat(e.line()).isPresent();
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }
}
