package se.balans.io.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random files — clean vouchers with faults and unusual records mixed in at random places — and
 * random chunk sizes and worker counts, the parallel read gives exactly the read in order's outcome.
 */
class ParallelSieReaderPropertiesTest {

    /** Pieces a file is made of: vouchers in bulk, and now and then something only a read in order may judge. */
    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<String> bulk = Arbitraries.longs().map(seed -> ParallelSieReaderTest.vouchers(
                (int) Math.floorMod(seed, 5_000L), 5 + (int) Math.floorMod(seed, 40L), seed));
        Arbitrary<String> odd = Arbitraries.of(
                "#KONTO 5010 \"Hyra\"\n",
                "#OKAND \"skipped\"\n",
                "#VER A 1 20250101 \"Again\"\n{\n   #TRANS 5010 {} 3.00\n   #TRANS 1930 {} -3.00\n}\n",
                "#VER B 1 20250101 \"\"\n{\n   #RTRANS 5010 {} 3.00\n   #TRANS 5010 {} 3.00\n   #TRANS 1930 {} -3.00\n}\n",
                "#VER B 2 20250101 \"L\u0094n\"\n{\n   #BTRANS 5010 {} 3.00\n   #TRANS 1930 {} 0.00\n}\n",
                "#VER C 1 20250230 \"\"\n{\n}\n",
                "#VER C 2 20250101 \"\"\n{\n   #TRANS 5010 {} 3.00\n}\n",
                "#PSALDO 0 202501 5010 {} 1.00\n",
                "#VER C 3 20250101 \"\"\n{\n   #TRANS 5010 {} 3.00\n   #TRANS 1930 {} -3.00\n",
                "  \n");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, bulk),
                net.jqwik.api.Tuple.of(1, odd)).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 60)
    void theParallelReadIsTheReadInOrder(@ForAll("pieces") List<String> pieces,
                                         @ForAll @IntRange(min = 40, max = 6_000) int chunkBytes,
                                         @ForAll @IntRange(min = 2, max = 4) int workers) throws IOException {
        Path f = Files.createTempFile("parallel-sie-", ".se");
        try {
            Files.write(f, (ParallelSieReaderTest.HEAD + String.join("", pieces)).getBytes(StandardCharsets.ISO_8859_1));

            assertThat(ParallelSieReaderTest.parallel(f, workers, chunkBytes))
                    .isEqualTo(ParallelSieReaderTest.sequential(f));
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
