package se.balans.io.sie;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerSink;
import se.balans.io.ledger.LedgerVoucher;

/**
 * A timing harness, not a test: writes a synthetic SIE 4 file of {@code N} {@code #TRANS} lines
 * (default 1 000 000, four rows a voucher, with object lists and a {@code #KSUMMA}) to a temporary
 * directory, reads it a few times with a counting sink and prints lines per second and the heap
 * in use while reading.
 *
 * <p>Run from the worktree root after {@code mvn -q -B -pl io -am test-compile}:
 * {@code java -cp engine/target/classes:io/target/classes:io/target/test-classes se.balans.io.sie.SieReadTiming [N]}
 */
public final class SieReadTiming {
    private static final String[] ACCOUNTS = {"4010", "5010", "6110", "7010"};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SieReadTiming() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("sie-timing");
        Path file = dir.resolve("synthetic.se");
        try {
            write(file, rows);
            System.out.printf("file: %,d bytes, %,d #TRANS lines%n", Files.size(file), rows);
            for (int run = 1; run <= 5; run++) {
                System.gc();
                CountingSink sink = new CountingSink();
                long t0 = System.nanoTime();
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                LedgerFileSummary s = SieReader.read(file, sink);
                double seconds = (System.nanoTime() - t0) / 1e9;
                // CPU time too: on a shared machine the wall clock also measures the other processes.
                double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("run %d: %.2f s wall, %.2f s CPU; #TRANS lines per wall s %,.0f, per CPU s %,.0f; "
                                + "%,.0f MB/s; %,d vouchers, checksum %s; heap in use while reading ≤ %,d MiB "
                                + "(max heap %,d MiB)%n",
                        run, seconds, cpuSeconds, s.rows() / seconds, s.rows() / cpuSeconds, s.bytes() / seconds / 1e6,
                        sink.vouchers, s.checksum(), sink.maxUsedHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** Writes the file, computing its #KSUMMA independently of the reader: label and values, nothing else. */
    private static void write(Path file, int rows) throws IOException {
        CRC32 crc = new CRC32();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            line(out, null, "#FLAGGA 0", "#FLAGGA", "0");
            line(out, null, "#KSUMMA");
            line(out, crc, "#FORMAT PC8", "#FORMAT", "PC8");
            line(out, crc, "#SIETYP 4", "#SIETYP", "4");
            line(out, crc, "#RAR 0 20250101 20251231", "#RAR", "0", "20250101", "20251231");
            for (int r = 0, v = 1; r < rows; v++) {
                String date = String.format("202501%02d", 1 + v % 28);
                line(out, crc, "#VER A " + v + " " + date + " \"Faktura " + v + "\"", "#VER", "A", "" + v, date,
                        "Faktura " + v);
                line(out, null, "{");
                long total = 0;
                for (int i = 0; i < 4 && r < rows; i++, r++) {
                    boolean last = i == 3 || r == rows - 1;
                    long ore = last ? -total : 1000 + (v * 37L + i * 11L) % 100_000;
                    total += ore;
                    String amount = (ore < 0 ? "-" : "") + Math.abs(ore) / 100 + "." + String.format("%02d", Math.abs(ore) % 100);
                    String account = last ? "2440" : ACCOUNTS[i];
                    String cc = "" + (100 + v % 250);
                    String project = "P" + v % 40;
                    String text = "Rad " + i + " leverantör " + v % 500;
                    line(out, crc, "#TRANS " + account + " {1 \"" + cc + "\" 6 \"" + project + "\"} " + amount + " "
                            + date + " \"" + text + "\"", "#TRANS", account, "1", cc, "6", project, amount, date, text);
                }
                line(out, null, "}");
            }
            out.write(("#KSUMMA " + crc.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void line(OutputStream out, CRC32 crc, String line, String... values) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        if (crc != null) {
            for (String v : values) {
                crc.update(v.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static final class CountingSink implements LedgerSink {
        long vouchers;
        long maxUsedHeap;

        @Override
        public void voucher(LedgerVoucher v) {
            vouchers++;
        }

        @Override
        public void progress(long bytesRead, long bytesTotal) {
            Runtime rt = Runtime.getRuntime();
            maxUsedHeap = Math.max(maxUsedHeap, rt.totalMemory() - rt.freeMemory());
        }
    }
}
