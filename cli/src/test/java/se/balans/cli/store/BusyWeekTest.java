package se.balans.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.closing.CloseMonth;
import se.balans.app.closing.Staleness;
import se.balans.cli.ExitCode;
import se.balans.io.closing.ClosingSetupReader;
import se.balans.store.AuditEntry;
import se.balans.store.ClosingInfo;
import se.balans.store.ImportInfo;
import se.balans.store.jooq.JooqStore;
import se.balans.store.testing.TestDatabase;

/**
 * A busy week on a shared PostgreSQL store: four people of the finance unit and two auditors work at once,
 * each in a {@code balans} process of their own, 216 commands in all — new exports of the ledger
 * imported over the old ones, months closed again, monthly reports written, outcomes, the status and the
 * audit log read, the closings verified. Not a benchmark: what is measured is that nothing goes wrong.
 *
 * <p>Each person is a {@link LoadWorker}, a JVM of its own that runs a script of {@code balans} command
 * lines as {@code balans} runs them (a JVM per command would cost a second each on a small machine); the
 * scripts come from a seeded random ({@code -Dbalans.test.seed}), with short random pauses between
 * commands, and {@code BALANS_LOCK_TIMEOUT} is one second, so that the processes really meet: a closing
 * whose ledger an import changed, a month closed by someone else, a store busy for longer than the wait.
 * What must hold afterwards:
 * <ul>
 *   <li>every command ended 0, or with a documented refusal: exit 4 and the words that say what and that
 *       nothing was stored (or {@code verify}'s exit 1 for closings that an import made stale, which is
 *       what it is for); never 70, never a stack trace;</li>
 *   <li>no lost or duplicated work: each successful import and closing is in the store and in the audit
 *       log exactly once, each refused one in neither; each report written is in the audit log once;</li>
 *   <li>the store is whole: each month has one valid closing, each closing again replaced exactly one,
 *       and each month of the ledger is supplied by exactly one current import;</li>
 *   <li>once the stale closings are closed again, a real {@code balans verify} exits 0.</li>
 * </ul>
 *
 * <p>PostgreSQL only, as the store a team shares (skipped without a server outside CI, like the other
 * PostgreSQL tests). The size is chosen to take about a minute on a two-core CI machine; more commands per person
 * with {@code -Dbalans.test.financeOps=N} and {@code -Dbalans.test.auditorOps=N}. The summary printed names each
 * kind of command with its exit codes, time and CPU, and every refusal seen.
 */
class BusyWeekTest {
    /** The months closed at the start and closed again during the week. */
    static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    static final List<Integer> YEARS = List.of(2024, 2025, 2026);
    static final int FINANCE = 4;
    static final int AUDITORS = 2;
    static final long DEFAULT_SEED = 20260415L;
    /** Commands per person ({@code -Dbalans.test.financeOps}, {@code -Dbalans.test.auditorOps}). */
    static final int DEFAULT_FINANCE_OPS = 36;
    static final int DEFAULT_AUDITOR_OPS = 36;
    static final String BUSY = "the store is busy: another process has held a lock on it";
    static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    /** One command as a worker ran it: its line of {@link LoadWorker}'s output. */
    record Op(String phase, String worker, int index, int exit, long started, long ended, long cpu, String args,
              String error) {
        static Op parse(String line, String phase) {
            String[] f = line.split("\t", -1);
            return new Op(phase, f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Long.parseLong(f[4]),
                    Long.parseLong(f[5]), Long.parseLong(f[6]), f[7], f.length > 8 ? f[8] : "");
        }

        String kind() {
            String[] a = args.split(" ");
            return switch (a[0]) {
                case "close" -> args.contains("--reopen") ? "close --reopen" : "close";
                case "report", "verify" -> a[0] + (a.length > 1 && !a[1].startsWith("--lang") ? " " + a[1] : "");
                default -> a[0];
            };
        }

        long millis() {
            return ended - started;
        }

        boolean ok() {
            return exit == ExitCode.OK;
        }

        String describe() {
            return worker + " #" + index + ": balans " + args + " → exit " + exit + (error.isEmpty() ? "" : ": " + error);
        }

        /** What the command printed on standard output, as the worker kept it. */
        String out(Path dir) {
            return log(dir, ".out");
        }

        String err(Path dir) {
            return log(dir, ".err");
        }

        private String log(Path dir, String extension) {
            try {
                return Files.readString(dir.resolve("logs").resolve(phase).resolve(worker + "-"
                        + String.format("%03d", index) + extension));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** What the workers did: every command, and the CPU time each worker used (milliseconds). */
    record Week(List<Op> ops, Map<String, Long> cpu) {
    }

    @Test
    void fourPeopleOfTheFinanceUnitAndTwoAuditorsAtOnceLoseNothingAndEveryRefusalIsAClean4() throws Exception {
        long seed = Long.getLong("balans.test.seed", DEFAULT_SEED);
        int financeOps = Integer.getInteger("balans.test.financeOps", DEFAULT_FINANCE_OPS);
        int auditorOps = Integer.getInteger("balans.test.auditorOps", DEFAULT_AUDITOR_OPS);
        long started = System.nanoTime();
        try (TestDatabase db = TestDatabase.postgres()) {
            SampleStore.fill(db, false);
            try (JooqStore store = open(db)) {
                for (YearMonth m : MONTHS) {
                    CloseMonth.run(store, new CloseMonth.Request(m, ClosingSetupReader.read(SampleStore.config())));
                }
            }
            StoreCounts before = StoreCounts.read(db);
            long setUp = System.nanoTime();
            Random random = new Random(seed);
            Map<String, List<List<String>>> scripts = new LinkedHashMap<>();
            for (int i = 1; i <= FINANCE; i++) {
                scripts.put("finance-" + i, financeScript("finance-" + i, financeOps, new Random(random.nextLong())));
            }
            for (int i = 1; i <= AUDITORS; i++) {
                scripts.put("auditor-" + i, auditorScript("auditor-" + i, auditorOps, new Random(random.nextLong())));
            }

            Week week = run(db, scripts, "week");
            long ran = System.nanoTime();
            String seen = summary(week, seed, setUp - started, ran - setUp);

            week.ops().forEach(op -> assertCleanEnd(op, "seed " + seed));
            assertThat(week.ops()).as("the week stored something of each kind\n%s", seen)
                    .anyMatch(o -> o.kind().equals("import") && o.ok())
                    .anyMatch(o -> o.kind().equals("close --reopen") && o.ok())
                    .anyMatch(o -> o.kind().equals("report monthly") && o.ok());

            // The end of the week: whatever an import made stale is closed again, then the auditor verifies.
            List<List<String>> closeStale = new ArrayList<>();
            try (JooqStore store = open(db)) {
                Staleness.of(store).forEach(s -> closeStale.add(List.of("0", "close", s.closing().period().toString(),
                        "--reopen", "--config", SampleStore.config().toString())));
            }
            List<Op> all = new ArrayList<>(week.ops());
            if (!closeStale.isEmpty()) {
                Week friday = run(db, Map.of("finance-1", closeStale), "friday");
                friday.ops().forEach(op -> assertThat(op.exit()).as("closing again on Friday: %s", op.describe())
                        .isEqualTo(ExitCode.OK));
                all.addAll(friday.ops());
            }
            BalansProcess verify = BalansProcess.start(db, List.of(), "verify", "--lang", "en");
            assertThat(verify.exitCode()).as("the final verify\n%s", verify).isEqualTo(ExitCode.OK);

            try (JooqStore store = open(db)) {
                assertNothingLostOrDuplicated(store, all, before, scripts.keySet());
                assertTheStoreIsWhole(store);
            }
            System.out.printf("BusyWeekTest: %d s in all%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    // ------------------------------------------------------------------ what must hold

    /**
     * A command ended 0 or with a documented refusal of its kind, said in words that tell the user what happened
     * and that nothing was stored; never an internal error, never a stack trace.
     */
    private void assertCleanEnd(Op op, String context) {
        String err = op.err(dir);
        String what = op.describe() + " (" + context + ")\nstderr: " + err;
        assertThat(err).as(what).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception");
        String month = op.args().replaceAll(".*?(\\d{4}-\\d{2}).*", "$1");
        switch (op.kind()) {
            case "import" -> {
                if (!op.ok()) {
                    assertThat(op.exit()).as(what).isEqualTo(ExitCode.CONFLICT);
                    assertThat(op.error()).as(what).contains(BUSY).contains("nothing was stored");
                }
            }
            case "close --reopen" -> {
                if (!op.ok()) {
                    assertThat(op.exit()).as(what).isEqualTo(ExitCode.CONFLICT);
                    assertThat(op.error()).as(what).containsAnyOf(BUSY,
                            "the ledger changed while " + month + " was being closed").contains("nothing was stored");
                }
            }
            // Every month is closed all week (closing again replaces the closing in one transaction).
            case "close" -> {
                assertThat(op.exit()).as(what).isEqualTo(ExitCode.CONFLICT);
                assertThat(op.error()).as(what).contains(month + " is already closed").contains("use --reopen");
            }
            case "report monthly" -> {
                if (!op.ok()) {
                    assertThat(op.exit()).as(what).isEqualTo(ExitCode.CONFLICT);
                    // Busy (writing its audit entry), or the closing is stale: an import landed after it.
                    boolean busy = op.error().contains(BUSY) && op.error().contains("nothing was stored");
                    boolean stale = op.error().contains("the closing of " + month + " (#")
                            && op.error().contains(") is stale: ") && op.error().contains("close it again first");
                    assertThat(busy || stale).as(what).isTrue();
                }
            }
            // An import after a closing makes it stale, and verify says so with exit 1; nothing else may differ.
            case "verify", "verify --month" -> {
                if (!op.ok()) {
                    String out = op.out(dir);
                    assertThat(op.exit()).as(what).isEqualTo(ExitCode.CHECK_FAILED);
                    assertThat(out).as(what + "\nstdout: " + out).contains("is stale: ")
                            .doesNotContain("differences from the recomputation").doesNotContain("CHANGED")
                            .doesNotContain("no longer where it was");
                }
            }
            default -> assertThat(op.exit()).as(what).isEqualTo(ExitCode.OK);
        }
    }

    /**
     * Each person's successful imports and closings are in the store and in the audit log exactly once, their
     * refused ones nowhere; each report written is in the audit log once; and nothing else is there.
     */
    private void assertNothingLostOrDuplicated(JooqStore store, List<Op> ops, StoreCounts before, Iterable<String> workers)
            throws Exception {
        List<AuditEntry> log = store.auditLog();
        List<ImportInfo> imports = store.imports();
        List<ClosingInfo> closings = store.closings();
        for (String w : workers) {
            List<Op> mine = ops.stream().filter(o -> o.worker().equals(w)).toList();
            long imported = mine.stream().filter(o -> o.kind().equals("import") && o.ok()).count();
            long closed = mine.stream().filter(o -> o.kind().equals("close --reopen") && o.ok()).count();
            long reports = mine.stream().filter(o -> o.kind().equals("report monthly") && o.ok()).count();
            Map<String, Long> expected = new TreeMap<>();
            putIfAny(expected, "import", imported);
            putIfAny(expected, "close", closed);
            putIfAny(expected, "reopen", closed);
            putIfAny(expected, "report", reports);
            Map<String, Long> logged = log.stream().filter(e -> e.osUser().equals(w))
                    .collect(Collectors.groupingBy(AuditEntry::action, TreeMap::new, Collectors.counting()));
            assertThat(logged).as("%s's entries in the audit log", w).isEqualTo(expected);
            assertThat(imports).as("%s's imports in the store", w).filteredOn(i -> i.importedBy().equals(w))
                    .hasSize((int) imported);
            assertThat(closings).as("%s's closings in the store", w).filteredOn(c -> c.closedBy().equals(w))
                    .hasSize((int) closed);
        }
        assertThat(imports).as("every import in the store").hasSize(before.imports()
                + (int) ops.stream().filter(o -> o.kind().equals("import") && o.ok()).count());
        assertThat(closings).as("every closing in the store").hasSize(before.closings()
                + (int) ops.stream().filter(o -> o.kind().equals("close --reopen") && o.ok()).count());
        // One entry per stored thing, by id: none lost, none twice.
        assertThat(idsIn(log, "import", "import #")).as("the imports' audit entries")
                .containsExactlyInAnyOrderElementsOf(imports.stream().map(ImportInfo::id).toList());
        assertThat(idsIn(log, "close", "closing #")).as("the closings' audit entries")
                .containsExactlyInAnyOrderElementsOf(closings.stream().map(ClosingInfo::id).toList());
        assertThat(idsIn(log, "reopen", "closing #")).as("the reopenings' audit entries")
                .containsExactlyInAnyOrderElementsOf(closings.stream().filter(c -> !c.valid()).map(ClosingInfo::id)
                        .toList());
        // Each report's files, as the command printed them, once each; a refused report's folder not at all.
        List<String> reported = log.stream().filter(e -> e.action().equals("report")).map(AuditEntry::subject).toList();
        List<String> written = new ArrayList<>();
        for (Op op : ops) {
            if (op.kind().equals("report monthly") && op.ok()) {
                op.out(dir).lines().filter(l -> !l.isBlank())
                        .forEach(l -> written.add(Path.of(l.trim()).toAbsolutePath().normalize().toString()));
            }
        }
        assertThat(reported).as("the reports' audit entries").containsExactlyInAnyOrderElementsOf(written);
    }

    /**
     * Each month has one valid closing, and its closings are one line: each closing again replaced the one before
     * it. Each month of the ledger is supplied by exactly one current import, and a superseded import was
     * superseded by a later one.
     */
    private static void assertTheStoreIsWhole(JooqStore store) {
        List<ClosingInfo> closings = store.closings();
        for (YearMonth m : MONTHS) {
            List<ClosingInfo> ofMonth = closings.stream().filter(c -> c.period().equals(m))
                    .sorted(java.util.Comparator.comparingLong(ClosingInfo::id)).toList();
            assertThat(ofMonth).as("the valid closings of %s", m).filteredOn(ClosingInfo::valid).hasSize(1);
            assertThat(store.closing(m)).as("the closing of %s", m).hasValueSatisfying(c -> assertThat(c.info().id())
                    .isEqualTo(ofMonth.get(ofMonth.size() - 1).id()));
            assertThat(ofMonth.get(0).replaces()).as("%s's first closing", m).isEmpty();
            for (int i = 1; i < ofMonth.size(); i++) {
                assertThat(ofMonth.get(i).replaces()).as("what closing #%d replaced", ofMonth.get(i).id())
                        .contains(ofMonth.get(i - 1).id());
                assertThat(ofMonth.get(i - 1).valid()).as("closing #%d, replaced", ofMonth.get(i - 1).id()).isFalse();
            }
        }
        List<ImportInfo> imports = store.imports();
        Map<Long, java.util.SortedSet<YearMonth>> months = store.monthsByImport();
        Map<YearMonth, List<Long>> suppliers = new TreeMap<>();
        imports.stream().filter(ImportInfo::current).forEach(i -> months.getOrDefault(i.id(), new java.util.TreeSet<>())
                .forEach(m -> suppliers.computeIfAbsent(m, k -> new ArrayList<>()).add(i.id())));
        assertThat(suppliers).as("the months of the ledger").hasSize(27);
        suppliers.forEach((m, ids) -> assertThat(ids).as("the current imports of %s", m).hasSize(1));
        imports.stream().filter(i -> !i.current()).forEach(i -> assertThat(i.supersededBy().orElseThrow())
                .as("what superseded import #%d", i.id()).isGreaterThan(i.id()));
    }

    private static void putIfAny(Map<String, Long> counts, String action, long n) {
        if (n > 0) {
            counts.put(action, n);
        }
    }

    /** The ids the entries of an action name first in their details ("import #12 sha256 …"). */
    private static List<Long> idsIn(List<AuditEntry> log, String action, String prefix) {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(prefix)
                + "(\\d+)\\b");
        List<Long> ids = new ArrayList<>();
        for (AuditEntry e : log) {
            if (e.action().equals(action)) {
                var m = id.matcher(e.details());
                assertThat(m.find()).as("the details of %s", e).isTrue();
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    /** The store's size before the week. */
    record StoreCounts(int imports, int closings) {
        static StoreCounts read(TestDatabase db) {
            try (JooqStore store = open(db)) {
                return new StoreCounts(store.imports().size(), store.closings().size());
            }
        }
    }

    // ------------------------------------------------------------------ the week's scripts

    /**
     * Imports of new exports, closings again, a closing by mistake of a closed month, reports, outcomes, the status
     * and the audit log. The mix is the week's, and also what fits a small CI machine: a report costs ten reads.
     */
    private List<List<String>> financeScript(String worker, int count, Random random) {
        List<List<String>> script = new ArrayList<>();
        Map<Integer, Boolean> corrected = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(100);
            YearMonth month = MONTHS.get(random.nextInt(MONTHS.size()));
            List<String> line;
            if (pick < 12) {
                int year = YEARS.get(random.nextInt(YEARS.size()));
                // Each person imports the year's two exports by turns: every import is a new ledger for the others.
                boolean next = !corrected.getOrDefault(year, random.nextBoolean());
                corrected.put(year, next);
                Path file = next ? SampleStore.correctedLedger(year) : SampleStore.ledger(year);
                line = List.of("import", "--replace", file.toString());
            } else if (pick < 32) {
                line = List.of("close", month.toString(), "--reopen", "--config", SampleStore.config().toString());
            } else if (pick < 42) {
                line = List.of("close", month.toString(), "--config", SampleStore.config().toString());
            } else if (pick < 45) {
                line = report(worker, i, month);
            } else if (pick < 55) {
                line = List.of("outcome", "--month", month.toString());
            } else if (pick < 70) {
                line = List.of("status");
            } else {
                line = List.of("audit");
            }
            script.add(withPause(random, line));
        }
        return script;
    }

    /** Verification of all closings and of one, the audit log, outcomes, reports, the status. */
    private List<List<String>> auditorScript(String worker, int count, Random random) {
        List<List<String>> script = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(100);
            YearMonth month = MONTHS.get(random.nextInt(MONTHS.size()));
            List<String> line;
            if (pick < 5) {
                line = List.of("verify", "--lang", "en");
            } else if (pick < 30) {
                line = List.of("verify", "--month", month.toString(), "--lang", "en");
            } else if (pick < 65) {
                line = List.of("audit");
            } else if (pick < 80) {
                line = List.of("outcome", "--month", month.toString());
            } else if (pick < 83) {
                line = report(worker, i, month);
            } else {
                line = List.of("status");
            }
            script.add(withPause(random, line));
        }
        return script;
    }

    /** A monthly report into a folder of its own, so that its files name the command that wrote them. */
    private List<String> report(String worker, int index, YearMonth month) {
        return List.of("report", "monthly", "--month", month.toString(), "--format", "xlsx", "--out",
                dir.resolve("reports").resolve(worker + "-" + index).toString());
    }

    private static List<String> withPause(Random random, List<String> line) {
        List<String> l = new ArrayList<>();
        l.add(String.valueOf(random.nextInt(150)));
        l.addAll(line);
        return l;
    }

    // ------------------------------------------------------------------ running the workers

    /**
     * Starts every worker at once, waits for all, and returns what each command did. Each command's output and
     * error are kept in {@code logs/PHASE/}, named by its worker and number.
     */
    private Week run(TestDatabase db, Map<String, List<List<String>>> scripts, String phase) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs").resolve(phase));
        Map<String, String> env = new LinkedHashMap<>(db.environment());
        env.put("BALANS_LOCK_TIMEOUT", "1");
        Map<String, BalansProcess> workers = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<String>>> s : scripts.entrySet()) {
            Path script = dir.resolve(phase + "-" + s.getKey() + ".script");
            Files.write(script, s.getValue().stream().map(l -> String.join("\t", withStore(l, db))).toList(),
                    StandardCharsets.UTF_8);
            workers.put(s.getKey(), BalansProcess.startMain(env, List.of("-Duser.name=" + s.getKey()),
                    LoadWorker.class, List.of(s.getKey(), script.toString(), logs.toString())));
        }
        List<Op> ops = new ArrayList<>();
        Map<String, Long> cpu = new TreeMap<>();
        for (Map.Entry<String, BalansProcess> w : workers.entrySet()) {
            BalansProcess p = w.getValue();
            assertThat(p.exitCode(PATIENCE)).as("%s: %s", w.getKey(), p).isZero();
            assertThat(p.err()).as("%s's own standard error", w.getKey()).doesNotContain("Exception");
            List<Op> done = p.out().lines().filter(l -> l.startsWith(LoadWorker.PREFIX + "\t"))
                    .map(l -> Op.parse(l, phase)).toList();
            assertThat(done).as("%s ran its whole script", w.getKey()).hasSize(scripts.get(w.getKey()).size());
            ops.addAll(done);
            p.out().lines().filter(l -> l.startsWith(LoadWorker.CPU_PREFIX + "\t"))
                    .forEach(l -> cpu.put(w.getKey(), Long.parseLong(l.split("\t")[2])));
        }
        return new Week(ops, cpu);
    }

    private static List<String> withStore(List<String> line, TestDatabase db) {
        List<String> l = new ArrayList<>(line);
        l.add("--db");
        l.add(db.url());
        return l;
    }

    // ------------------------------------------------------------------ reporting

    /** Prints, and returns, what the week was: commands by kind, their exit codes and time, the refusals seen. */
    private static String summary(Week week, long seed, long setUpNanos, long runNanos) {
        List<Op> ops = week.ops();
        Map<String, List<Op>> byKind = ops.stream().collect(Collectors.groupingBy(Op::kind, TreeMap::new,
                Collectors.toList()));
        StringBuilder s = new StringBuilder();
        s.append(String.format("BusyWeekTest: %d commands by %d processes in %d s (set-up %d s, CPU %s ms), seed %d%n",
                ops.size(), FINANCE + AUDITORS, Duration.ofNanos(runNanos).toSeconds(),
                Duration.ofNanos(setUpNanos).toSeconds(), week.cpu(), seed));
        byKind.forEach((kind, list) -> {
            Map<Integer, Long> exits = list.stream().collect(Collectors.groupingBy(Op::exit, TreeMap::new,
                    Collectors.counting()));
            s.append(String.format("  %-16s %3d, exit codes %s, mean %d ms, CPU %d ms (first of a worker %d ms)%n", kind,
                    list.size(), exits, (long) list.stream().mapToLong(Op::millis).average().orElse(0),
                    (long) list.stream().mapToLong(Op::cpu).average().orElse(0),
                    (long) firsts(list).stream().mapToLong(Op::cpu).average().orElse(0)));
        });
        // The refusals by kind: the message without its numbers and months.
        Map<String, Long> refusals = ops.stream().filter(o -> !o.ok())
                .map(o -> o.kind() + " → " + o.exit() + " " + o.error().replaceAll("\\d", "#"))
                .collect(Collectors.groupingBy(r -> r.length() > 140 ? r.substring(0, 140) : r, TreeMap::new,
                        Collectors.counting()));
        refusals.forEach((r, n) -> s.append(String.format("  %3d × %s%n", n, r)));
        System.out.print(s);
        return s.toString();
    }

    /** The first command of its kind of each worker: the one that loads its classes. */
    private static List<Op> firsts(List<Op> ops) {
        Map<String, Op> first = new TreeMap<>();
        ops.forEach(o -> first.merge(o.worker(), o, (a, b) -> a.index() < b.index() ? a : b));
        return List.copyOf(first.values());
    }

    private static JooqStore open(TestDatabase db) {
        return JooqStore.open(db.url(), db.user(), db.password(), "test", Clock.systemUTC());
    }
}
