package se.balans.io.sie;

import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import se.balans.io.InputFileException;
import se.balans.io.ledger.ByteLineReader;
import se.balans.io.ledger.LedgerAggregator;
import se.balans.io.ledger.LedgerFileSummary;
import se.balans.io.ledger.LedgerFiles;
import se.balans.io.ledger.LedgerReadOptions;

/**
 * Reads a SIE file into a {@link LedgerAggregator} on every core, with exactly the outcome of
 * {@link SieReader#read}: the same sums, counts and warnings, and the same error at the same line.
 *
 * <p>How: the head (everything before the first {@code #VER}) is read in order. The vouchers after
 * it are cut into chunks ({@link SieChunks}) that worker threads read ahead, each into an aggregator
 * of its own, from the state the head left ({@link SieReader#part}). The chunks are then taken in file
 * order: a chunk read cleanly — only vouchers, no error, no warning, no voucher number used in an
 * earlier chunk — is added to the whole ({@link SieReader#adopt}, {@link LedgerAggregator#absorb});
 * any other is read again in order by the one reader of the whole file, which therefore meets every
 * error and warning where, and as, a read in order does. A file with a {@code #KSUMMA} is read in
 * order throughout, as its checksum needs every record in order.
 *
 * <p>Nothing reaches the aggregator but in file order, so a refused file leaves it as a sequential read
 * would; a stop ({@link LedgerAggregator.Stopped}) is asked before each voucher of every chunk.
 */
public final class ParallelSieReader {
    /**
     * Large enough that a chunk's fixed costs vanish, small enough to keep every core busy to the end and
     * below G1's humongous size (2 MiB chunks measured 1.4× the CPU of the read in order; 512 KiB 0.9×).
     */
    static final int CHUNK_BYTES = 1 << 19;
    /** Below this a file is read in order: threads would cost more than they save. */
    static final long MIN_PARALLEL_BYTES = 4L << 20;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private ParallelSieReader() {
    }

    /**
     * Reads the file into the aggregator, in parallel when the file is large and the machine has
     * more than one core.
     *
     * @throws InputFileException for every bad input, as {@link SieReader#read} does
     */
    public static LedgerFileSummary read(Path file, LedgerAggregator agg, LedgerReadOptions options) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2 || LedgerFiles.size(file) < MIN_PARALLEL_BYTES) {
            return SieReader.read(file, agg, options);
        }
        return read(file, agg, options, cores, CHUNK_BYTES);
    }

    /** Reads with {@code workers} threads and chunks of about {@code chunkBytes}; for tests, any file size. */
    static LedgerFileSummary read(Path file, LedgerAggregator agg, LedgerReadOptions options, int workers,
                                  int chunkBytes) {
        long total = LedgerFiles.size(file);
        SieReader whole = new SieReader(file, agg, options);
        long offset;
        long linesBefore;
        try (ByteLineReader lines = new ByteLineReader(file, options.maxLineBytes())) {
            if (!whole.readLines(lines, total, true)) {
                return whole.finish(total, lines.lineNumber());
            }
            offset = lines.lineOffset();
            linesBefore = lines.lineNumber() - 1;
        }
        SieReader.Head head = whole.head();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sie-chunk-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (SieChunks chunks = new SieChunks(file, offset, linesBefore, chunkBytes, options.maxLineBytes())) {
            ArrayDeque<Pending> pending = new ArrayDeque<>();
            long lastLine = linesBefore;
            boolean more = true;
            while (true) {
                while (more && pending.size() < 2 * workers) {
                    SieChunks.Chunk c = chunks.next();
                    if (c == null) {
                        more = false;
                    } else {
                        pending.add(new Pending(c, c.whole() ? pool.submit(() -> readAhead(file, agg, options, head, c))
                                : null));
                        more = c.whole();
                    }
                }
                Pending p = pending.poll();
                if (p == null) {
                    return whole.finish(total, lastLine);
                }
                lastLine = p.chunk().whole() ? merge(file, whole, agg, options, p) : readRest(whole, file, options, p.chunk());
                agg.progress(Math.min(p.chunk().end(), total), total);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A chunk and its read ahead. */
    private record Pending(SieChunks.Chunk chunk, Future<Part> part) {
    }

    /** A chunk read cleanly ahead: its reader and its sums. */
    private record Part(SieReader reader, LedgerAggregator sums) {
    }

    /** Reads a chunk ahead; null when it met anything only a read in order may judge. */
    private static Part readAhead(Path file, LedgerAggregator agg, LedgerReadOptions options, SieReader.Head head,
                                  SieChunks.Chunk c) {
        LedgerAggregator sums = agg.part();
        SieReader reader = SieReader.part(file, sums, options, head);
        try (ByteLineReader lines = lines(file, options, c)) {
            reader.readLines(lines, -1, false);
        } catch (LedgerAggregator.Stopped stopped) {
            throw stopped;
        } catch (RuntimeException e) {
            // Speculation, or the chunk's own error: the read in order meets it again, in its place.
            return null;
        }
        return new Part(reader, sums);
    }

    /** Adds a chunk read ahead to the whole, or reads it in order; answers the chunk's last line. */
    private static long merge(Path file, SieReader whole, LedgerAggregator agg, LedgerReadOptions options,
                              Pending p) {
        SieChunks.Chunk c = p.chunk();
        Part part = join(p.part());
        if (part != null && whole.adopt(part.reader())) {
            agg.absorb(part.sums());
        } else {
            try (ByteLineReader lines = lines(file, options, c)) {
                whole.readLines(lines, -1, false);
            }
        }
        return c.linesBefore() + c.lines();
    }

    /** Reads the rest of the file in order from the chunk's start; answers the file's last line. */
    private static long readRest(SieReader whole, Path file, LedgerReadOptions options, SieChunks.Chunk c) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             ByteLineReader lines = new ByteLineReader(file, Channels.newInputStream(channel.position(c.start())),
                     options.maxLineBytes(), c.linesBefore())) {
            whole.readLines(lines, -1, false);
            return lines.lineNumber();
        } catch (java.io.IOException e) {
            throw new InputFileException(file, c.linesBefore() + 1, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static ByteLineReader lines(Path file, LedgerReadOptions options, SieChunks.Chunk c) {
        return new ByteLineReader(file, new ByteArrayInputStream(c.bytes(), 0, c.length()), options.maxLineBytes(),
                c.linesBefore());
    }

    private static Part join(Future<Part> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading in parallel", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
