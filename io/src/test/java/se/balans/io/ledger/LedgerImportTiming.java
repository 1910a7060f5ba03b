package se.balans.io.ledger;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * A timing harness, not a test: reads ledger files into a {@link LedgerAggregator} as an import does
 * (the read, then its balances), several times, and prints wall and process CPU time of each run, so
 * that the parse can be timed without the store.
 *
 * <p>Run from the worktree root after {@code mvn -q -B -o -pl io -am test-compile}:
 * {@code java -cp engine/target/classes:io/target/classes:io/target/test-classes
 * se.balans.io.ledger.LedgerImportTiming RUNS FILE…}
 */
public final class LedgerImportTiming {
    private LedgerImportTiming() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int a = 1; a < args.length; a++) {
            Path file = Path.of(args[a]);
            for (int run = 1; run <= runs; run++) {
                System.gc();
                long t0 = System.nanoTime();
                long cpu0 = os.getProcessCpuTime();
                LedgerAggregator agg = LedgerAggregator.plain();
                LedgerFileSummary s = System.getProperty("sequential") != null
                        ? LedgerFiles.read(file, agg, LedgerReadOptions.DEFAULTS)
                        : LedgerFiles.aggregate(file, agg, LedgerReadOptions.DEFAULTS);
                long t1 = System.nanoTime();
                int balances = agg.balances().size();
                long t2 = System.nanoTime();
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                System.out.printf("%s run %d: read %.3f s, balances %.3f s, total %.3f s wall, %.3f s CPU; "
                                + "%,d rows, %,d balances%n", file.getFileName(), run, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                        (t2 - t0) / 1e9, cpu, s.rows(), balances);
            }
        }
    }
}
