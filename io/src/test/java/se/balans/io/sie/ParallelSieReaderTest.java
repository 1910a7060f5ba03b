package se.balans.io.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.balans.engine.ledger.LedgerBalance;
import se.balans.engine.ledger.OpeningBalance;
import se.balans.engine.organisation.Organisation;
import se.balans.io.InputFileException;
import se.balans.io.Repo;
import se.balans.io.ledger.LedgerAggregator;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerReadOptions;
import se.balans.io.sample.LedgerOutline;
import se.balans.io.sample.SampleLedgerFiles;
import se.balans.io.sample.SampleLedgerGenerator;

/**
 * The parallel read gives exactly what the read in order gives — balances, opening balances, account
 * names, counts, warnings, the summary — and refuses a file with exactly its error, line included,
 * wherever in the file the fault is. Tiny chunks force faults into late chunks and many chunk borders.
 */
class ParallelSieReaderTest {
    @TempDir
    Path dir;

    /** What an import takes from a read: the summary, sums, openings and names; or the refusal's message. */
    record Outcome(LedgerFileSummary summary, List<LedgerBalance> balances, List<OpeningBalance> openings,
                   Map<String, String> names, String refusal) {
    }

    static Outcome sequential(Path f) {
        return outcome(f, agg -> SieReader.read(f, agg));
    }

    static Outcome parallel(Path f, int workers, int chunkBytes) {
        return outcome(f, agg -> ParallelSieReader.read(f, agg, LedgerReadOptions.DEFAULTS, workers, chunkBytes));
    }

    private static Outcome outcome(Path f, Function<LedgerAggregator, LedgerFileSummary> read) {
        LedgerAggregator agg = LedgerAggregator.plain();
        try {
            LedgerFileSummary s = read.apply(agg);
            return new Outcome(s, agg.balances(), agg.openingBalances(f), agg.accountNames(), null);
        } catch (InputFileException e) {
            return new Outcome(null, null, null, null, e.getMessage());
        }
    }

    /** Reads in order and in parallel with several chunk sizes and workers; answers the read in order. */
    static Outcome sameEitherWay(Path f) {
        Outcome expected = sequential(f);
        for (int chunk : new int[] {64, 300, 1 << 12, 1 << 16}) {
            for (int workers = 2; workers <= 4; workers++) {
                assertThat(parallel(f, workers, chunk)).as("chunks of %d bytes, %d workers", chunk, workers)
                        .isEqualTo(expected);
            }
        }
        return expected;
    }

    // --- files -----------------------------------------------------------------------------

    static final String HEAD = """
            #FLAGGA 0
            #FORMAT PC8
            #SIETYP 4
            #FNAMN "Region Test"
            #RAR 0 20250101 20251231
            #KONTO 1930 "Bank"
            #KONTO 5010 "Lokalhyra"
            #KONTO 6110 "Kontorsmateriel"
            #IB 0 1930 1000.00
            """;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("ledger-" + System.nanoTime() + ".se");
        Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
        return f;
    }

    /** {@code count} balanced vouchers A from number {@code first}, with cost centres and projects. */
    static String vouchers(int first, int count, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int v = first; v < first + count; v++) {
            int month = 1 + r.nextInt(12);
            String date = String.format("2025%02d%02d", month, 1 + r.nextInt(28));
            b.append("#VER A ").append(v).append(' ').append(date).append(" \"Verifikation ").append(v).append("\"\n{\n");
            long total = 0;
            int rows = 1 + r.nextInt(4);
            for (int i = 0; i < rows; i++) {
                long ore = r.nextInt(2_000_000) - 500_000;
                total += ore;
                String objects = switch (r.nextInt(3)) {
                    case 0 -> "{}";
                    case 1 -> "{1 \"" + (100 + r.nextInt(30)) + "\"}";
                    default -> "{1 \"" + (100 + r.nextInt(30)) + "\" 6 \"P" + r.nextInt(5) + "\"}";
                };
                b.append("   #TRANS ").append(r.nextBoolean() ? "5010" : "6110").append(' ').append(objects).append(' ')
                        .append(amount(ore)).append('\n');
            }
            b.append("   #TRANS 1930 {} ").append(amount(-total)).append("\n}\n");
        }
        return b.toString();
    }

    static String amount(long ore) {
        long a = Math.abs(ore);
        return (ore < 0 ? "-" : "") + a / 100 + "." + String.format("%02d", a % 100);
    }

    /** The line of the first occurrence of {@code text} in the file. */
    static long lineOf(String file, String text) {
        return file.substring(0, file.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    // --- the same result --------------------------------------------------------------------

    @Test
    void aCleanFileGivesTheSameSumsCountsAndSummary() throws IOException {
        Outcome o = sameEitherWay(write(HEAD + vouchers(1, 400, 1)));

        assertThat(o.refusal()).isNull();
        assertThat(o.summary().vouchers()).isEqualTo(400);
        assertThat(o.openings()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {SieSamples.NORSTEDTS, SieSamples.VISMA_SIE3, SieSamples.BL_TYPE3, SieSamples.BL_TYPE4I})
    void thePublicSampleFilesReadTheSame(String name) {
        assertThat(sameEitherWay(SieSamples.path(name)).refusal()).isNull();
    }

    @Test
    void theGeneratedSampleLedgerReadsTheSame() throws IOException {
        LedgerOutline outline = LedgerOutline.read(Repo.samplePlan().resolve("sample-ledger-outline.csv"));
        Path f = SampleLedgerFiles.write(outline, new SampleLedgerGenerator.Options(1_000, 2025), dir, "sample",
                Organisation.of("Region Västerbotten", "232100-0222"), SampleLedgerFiles.Format.SIE, rows -> { }).get(0);
        Outcome expected = sequential(f);

        assertThat(expected.summary().vouchers()).isPositive();
        for (int chunk : new int[] {1 << 10, 1 << 14}) {
            assertThat(parallel(f, 3, chunk)).isEqualTo(expected);
        }
    }

    @Test
    void aWideLedgerWithWarningsAndLateAccountsReadsTheSame() throws IOException {
        String text = HEAD + vouchers(1, 300, 2) + "#VER A 5 20250301 \"Periodisering\"\n{\n   #TRANS 5010 {} 1.00\n"
                + "   #TRANS 1930 {} -1.00\n}\n" + vouchers(301, 300, 3) + "#KONTO 6110 \"Kontorsmaterial, nytt namn\"\n"
                + "#KONTO 7010 \"Löner\"\n" + vouchers(601, 100, 4);

        Outcome o = sameEitherWay(write(text));

        assertThat(o.summary().warningCount()).isEqualTo(1);
        assertThat(o.names()).containsEntry("6110", "Kontorsmaterial, nytt namn");
    }

    @Test
    void aFileWithAChecksumIsReadInOrderAndTheSame() throws IOException {
        assertThat(sameEitherWay(SieSamples.path(SieSamples.BL_TYPE4I)).summary()).isNotNull();
    }

    // --- the same refusal, in a late chunk --------------------------------------------------

    private Outcome refusedTheSame(String text, String expected, String lineOf) throws IOException {
        Outcome o = sameEitherWay(write(text));
        assertThat(o.refusal()).contains(expected).contains(":" + lineOf(text, lineOf) + ":");
        return o;
    }

    @Test
    void anUnbalancedVoucherLate() throws IOException {
        refusedTheSame(HEAD + vouchers(1, 200, 5) + "#VER A 900 20250601 \"Fel\"\n{\n   #TRANS 5010 {} 10.00\n"
                + "   #TRANS 1930 {} -9.99\n}\n" + vouchers(901, 20, 6), "does not balance", "#VER A 900");
    }

    @Test
    void aBadAmountLate() throws IOException {
        refusedTheSame(HEAD + vouchers(1, 200, 7) + "#VER A 900 20250601 \"Fel\"\n{\n   #TRANS 5010 {} 10.001\n"
                + "   #TRANS 1930 {} -10.00\n}\n" + vouchers(901, 20, 8), "more than two decimals", "10.001");
    }

    @Test
    void aNumberReusedExactlyInALaterChunkIsRefused() throws IOException {
        String first = "#VER A 7 20250301 \"Dubblett\"\n{\n   #TRANS 5010 {1 \"100\"} 12.50\n   #TRANS 1930 {} -12.50\n}\n";
        String text = HEAD + first + vouchers(8, 300, 9) + first.replace("Dubblett", "Dubblett igen") + vouchers(400, 10, 1);
        Outcome o = sameEitherWay(write(text));

        assertThat(o.refusal()).contains("repeats voucher A 7 at line " + lineOf(text, "#VER A 7 ")).contains("double export");
    }

    @Test
    void aNumberReusedWithOtherContentInALaterChunkIsAWarning() throws IOException {
        String text = HEAD + "#VER A 7 20250301 \"\"\n{\n   #TRANS 5010 {} 1.00\n   #TRANS 1930 {} -1.00\n}\n"
                + vouchers(8, 300, 10) + "#VER A 7 20250331 \"\"\n{\n   #TRANS 5010 {} 2.00\n   #TRANS 1930 {} -2.00\n}\n"
                + vouchers(400, 10, 2);
        Outcome o = sameEitherWay(write(text));

        assertThat(o.summary().warnings()).singleElement()
                .satisfies(w -> assertThat(w.line()).isEqualTo(lineOf(text, "#VER A 7 20250331")));
    }

    @Test
    void aDateOutsideTheFiscalYearLate() throws IOException {
        refusedTheSame(HEAD + vouchers(1, 200, 11) + "#VER A 900 20260101 \"\"\n{\n   #TRANS 5010 {} 1.00\n"
                + "   #TRANS 1930 {} -1.00\n}\n", "outside the fiscal year", "#VER A 900");
    }

    @Test
    void aFileTruncatedInsideAVoucher() throws IOException {
        String text = HEAD + vouchers(1, 200, 12) + "#VER A 900 20250601 \"\"\n{\n   #TRANS 5010 {} 1.00\n";
        Outcome o = sameEitherWay(write(text));

        assertThat(o.refusal()).contains("the file ends inside voucher A 900 (line " + lineOf(text, "#VER A 900") + ")");
    }

    @Test
    void textThatDecidesTheEncodingOnlyInALateChunk() throws IOException {
        // 0x94 is ö in CP437; the head is all ASCII, so this text decides the file's encoding.
        String text = HEAD + vouchers(1, 200, 13) + "#VER A 900 20250601 \"L\u0094ner\"\n{\n   #TRANS 5010 {} 1.00\n"
                + "   #TRANS 1930 {} -1.00\n}\n" + vouchers(901, 100, 14);
        Outcome o = sameEitherWay(write(text));

        assertThat(o.summary().charset().name()).isEqualTo("IBM437");
    }

    @Test
    void mixedEncodingsAcrossChunks() throws IOException {
        // UTF-8 ä (C3 A4) early, CP437 ö (0x94) late: refused at the late one.
        String text = HEAD + "#VER A 1 20250601 \"H\u00c3\u00a4r\"\n{\n   #TRANS 5010 {} 1.00\n   #TRANS 1930 {} -1.00\n}\n"
                + vouchers(2, 200, 15) + "#VER A 900 20250601 \"L\u0094ner\"\n{\n   #TRANS 5010 {} 1.00\n"
                + "   #TRANS 1930 {} -1.00\n}\n";
        refusedTheSame(text, "expected one encoding throughout the file", "#VER A 900");
    }

    @Test
    void anAddedRowWithoutItsTransLate() throws IOException {
        refusedTheSame(HEAD + vouchers(1, 200, 16) + "#VER A 900 20250601 \"\"\n{\n   #RTRANS 5010 {} 1.00\n"
                + "   #TRANS 5010 {} 2.00\n   #TRANS 1930 {} -2.00\n}\n", "not followed by the same row", "#RTRANS");
    }

    @Test
    void anAccountAfterTheVouchersIsReadInOrder() throws IOException {
        Outcome o = sameEitherWay(write(HEAD + vouchers(1, 200, 17) + "#KONTO 5010 \"Hyra\"\n" + vouchers(201, 50, 18)));

        assertThat(o.names()).containsEntry("5010", "Hyra");
    }

    @Test
    void aLineTooLongInALateChunk() throws IOException {
        String text = HEAD + vouchers(1, 50, 19) + "#VER A 900 20250601 \"" + "x".repeat(200) + "\"\n{\n}\n";
        Path f = write(text);
        LedgerReadOptions options = LedgerReadOptions.DEFAULTS.withMaxLineBytes(100);
        String expected = refusal(() -> SieReader.read(f, LedgerAggregator.plain(), options));

        assertThat(expected).contains("line is longer than 100 bytes");
        for (int chunk : new int[] {64, 150, 4096}) {
            assertThat(refusal(() -> ParallelSieReader.read(f, LedgerAggregator.plain(), options, 3, chunk)))
                    .isEqualTo(expected);
        }
    }

    private static String refusal(Runnable read) {
        try {
            read.run();
        } catch (InputFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    // --- stop and progress ------------------------------------------------------------------

    @Test
    void aStopRequestStopsTheParallelRead() throws IOException {
        Path f = write(HEAD + vouchers(1, 400, 20));
        AtomicInteger asked = new AtomicInteger();
        LedgerAggregator agg = new LedgerAggregator((d, t) -> { }, () -> asked.incrementAndGet() > 50);

        assertThatThrownBy(() -> ParallelSieReader.read(f, agg, LedgerReadOptions.DEFAULTS, 2, 256))
                .isInstanceOf(LedgerAggregator.Stopped.class);
    }

    @Test
    void progressIsToldInOrderUpToTheWholeFile() throws IOException {
        Path f = write(HEAD + vouchers(1, 400, 21));
        List<Long> done = new ArrayList<>();
        LedgerAggregator agg = new LedgerAggregator((d, t) -> done.add(d), () -> false);

        ParallelSieReader.read(f, agg, LedgerReadOptions.DEFAULTS, 2, 1024);

        assertThat(done).isSorted().isNotEmpty();
        assertThat(done.get(done.size() - 1)).isEqualTo(Files.size(f));
    }
}
