package se.balans.store.jooq;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Loader;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import se.balans.store.StoreConflictException;
import se.balans.store.StoreException;
import se.balans.store.schema.DefaultSchema;

/**
 * Copies a whole store — every table of the schema, history, closings and audit log included, ids and
 * every column as they are — into another, empty store of the same schema version: from H2 to PostgreSQL
 * when a finance unit moves to a shared server, back again, or to a fresh H2 file as a backup. Then reads
 * both back and compares them table by table (row count and a SHA-256 over the rows in key order), so that
 * "copied" is a checked fact rather than a hope.
 *
 * <p>Generic over the jOOQ classes generated from the migrations, so a table or column a later migration
 * adds is copied without a change here. Referenced tables come first; a table's references to itself
 * ({@code imported_file.superseded_by}, {@code committee_forecast.replaced_by} point at later rows) are
 * inserted empty and set once every row is there. Rows stream through (a cursor on the source, batched
 * inserts on the target): a ledger of millions of balances never sits in memory.
 *
 * <p>The source is read in one snapshot transaction, so imports or closings that land during the copy
 * are either wholly in it or not at all; the target is written in one transaction, so a failure leaves
 * it as empty as it was — except for its identity counters, which are set first (H2 commits every DDL
 * statement, so they cannot join the transaction) and are harmless in an empty store.
 */
public final class StoreCopy {
    /** Rows per JDBC batch, and per round trip of the source's cursor. */
    static final int BATCH = 1000;
    /** How often a long table reports its progress, in rows. */
    static final int REPORT_EVERY = 10_000;
    /** Flyway's own table: each store keeps its own migration history. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private StoreCopy() {
    }

    /** Where a store is and who logs in to it (user and password null for H2 or a password file). */
    public record Location(String url, String user, String password) {
        /** Never the password: a location may end up in a message or a log. */
        @Override
        public String toString() {
            return Database.redact(url);
        }
    }

    /**
     * One table, as verified after the copy.
     *
     * @param sourceSha256 SHA-256 over the source's rows in key order ({@link #digest})
     * @param targetSha256 the same over the target's rows, read back after the commit
     */
    public record TableCopy(String table, long sourceRows, long targetRows, String sourceSha256,
                            String targetSha256) {
        public boolean matches() {
            return sourceRows == targetRows && sourceSha256.equals(targetSha256);
        }
    }

    /** The copy: its tables in the order they were copied, and whether every one of them matches. */
    public record Result(List<TableCopy> tables) {
        public Result {
            tables = List.copyOf(tables);
        }

        public boolean verified() {
            return tables.stream().allMatch(TableCopy::matches);
        }

        public long rows() {
            return tables.stream().mapToLong(TableCopy::targetRows).sum();
        }
    }

    /** Told how far the copy is: rows of a table so far, every {@link #REPORT_EVERY} rows and when it is whole. */
    @FunctionalInterface
    public interface Progress {
        void rows(String table, long copied, boolean done);

        static Progress none() {
            return (table, copied, done) -> { };
        }
    }

    /**
     * Copies the store at {@code source} into the one at {@code target}, opening (and so migrating) both.
     *
     * @throws StoreConflictException when the target is not empty, naming a table and its rows, or either
     *                                store has another schema version than this Balans; nothing is written
     * @throws StoreException         when a database fails; the target's data transaction is rolled back
     */
    public static Result copy(Location source, Location target, Progress progress) {
        try (Connection from = Database.open(source.url(), source.user(), source.password());
             Connection to = Database.open(target.url(), target.user(), target.password())) {
            DSLContext src = Database.dsl(from, Database.dialect(source.url()));
            DSLContext dst = Database.dsl(to, Database.dialect(target.url()));
            sameVersion(from, source);
            sameVersion(to, target);
            refuseUnlessNew(dst, target);
            snapshot(from, src.dialect());
            try {
                return copy(src, dst, progress);
            } finally {
                from.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot copy the store from " + source + " to " + target + ": " + e.getMessage(), e);
        } catch (DataAccessException e) {
            throw new StoreException("cannot copy the store from " + source + " to " + target + ", nothing was stored: "
                    + firstLine(e), e);
        }
    }

    private static Result copy(DSLContext src, DSLContext dst, Progress progress) {
        List<Table<?>> tables = tables();
        for (Table<?> t : tables) {
            restartIdentity(src, dst, t);
        }
        inTransaction(dst, tx -> {
            // Rows the migrations seeded (ledger_state's first version) give way to the source's.
            List<Table<?>> referencingFirst = new ArrayList<>(tables);
            java.util.Collections.reverse(referencingFirst);
            for (Table<?> t : referencingFirst) {
                tx.deleteFrom(t).execute();
            }
            for (Table<?> t : tables) {
                long rows = load(src, tx, t, progress);
                linkSelfReferences(src, tx, t);
                progress.rows(t.getName(), rows, true);
            }
            return null;
        });
        List<TableCopy> copies = new ArrayList<>();
        inTransaction(dst, tx -> {
            for (Table<?> t : tables) {
                Digest s = digest(src, t);
                Digest d = digest(tx, t);
                copies.add(new TableCopy(t.getName(), s.rows(), d.rows(), s.sha256(), d.sha256()));
            }
            return null;
        });
        return new Result(copies);
    }

    // ---------------------------------------------------------------- the tables and their order

    /** Every table of the schema, each after the tables it references; Flyway's history left out. */
    static List<Table<?>> tables() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        all.removeIf(t -> t.getName().equalsIgnoreCase(FLYWAY_HISTORY));
        all.sort(java.util.Comparator.comparing(Table::getName));
        Set<Table<?>> ordered = new LinkedHashSet<>();
        for (Table<?> t : all) {
            visit(t, ordered, new LinkedHashSet<>());
        }
        return List.copyOf(ordered);
    }

    private static void visit(Table<?> t, Set<Table<?>> ordered, Set<Table<?>> path) {
        if (ordered.contains(t)) {
            return;
        }
        if (!path.add(t)) {
            // Two tables that reference each other would need deferred constraints; the schema has none.
            throw new IllegalStateException("the schema's tables reference each other in a cycle: " + path);
        }
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            Table<?> referenced = fk.getKey().getTable();
            if (!referenced.equals(t)) {
                visit(referenced, ordered, path);
            }
        }
        path.remove(t);
        ordered.add(t);
    }

    /** The columns by which a table references its own rows. */
    private static List<Field<?>> selfReferences(Table<?> t) {
        List<Field<?>> fields = new ArrayList<>();
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            if (fk.getKey().getTable().equals(t)) {
                fields.addAll(fk.getFields());
            }
        }
        return fields;
    }

    // ---------------------------------------------------------------- checks before anything is written

    private static void sameVersion(Connection c, Location at) {
        int version = Database.schemaVersion(c);
        if (version != Database.SCHEMA_VERSION) {
            throw new StoreConflictException("the store " + at + " has schema version " + version + ", this Balans "
                    + "copies stores of version " + Database.SCHEMA_VERSION + " only: use the Balans that made it");
        }
    }

    /**
     * Refuses a target that holds anything a new store does not: the rows of each table are compared with
     * those of a store just made by the migrations (in memory), so a row they seed is no obstacle.
     */
    private static void refuseUnlessNew(DSLContext target, Location at) {
        String url = "jdbc:h2:mem:balans-new-" + UUID.randomUUID();
        try (Connection fresh = Database.open(url, null, null)) {
            DSLContext blank = Database.dsl(fresh, SQLDialect.H2);
            for (Table<?> t : tables()) {
                long rows = target.fetchCount(t);
                long seeded = blank.fetchCount(t);
                if (rows != seeded || rows > 0 && !digest(target, t).equals(digest(blank, t))) {
                    throw new StoreConflictException("the target store " + at + " is not empty: " + t.getName()
                            + " holds " + rows + (rows == 1 ? " row" : " rows") + " a new store does not; nothing "
                            + "was copied — copy into a new database, schema or H2 file");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot make a new store in memory to compare the target with: "
                    + e.getMessage(), e);
        }
    }

    /** One consistent view of the source through every table, whatever is imported or closed meanwhile. */
    private static void snapshot(Connection c, SQLDialect dialect) throws SQLException {
        c.setAutoCommit(false);
        c.setReadOnly(true);
        // PostgreSQL's repeatable read is a snapshot of the whole database; H2 takes one at serializable.
        c.setTransactionIsolation(dialect == SQLDialect.POSTGRES ? Connection.TRANSACTION_REPEATABLE_READ
                : Connection.TRANSACTION_SERIALIZABLE);
    }

    // ---------------------------------------------------------------- copying

    /** The rows of a table in key order, streamed: fetched a batch at a time. */
    private static Cursor<Record> rows(DSLContext ctx, Table<?> t, List<? extends Field<?>> fields) {
        return ctx.select(fields).from(t).orderBy(keyOrder(ctx, t)).fetchSize(BATCH).fetchLazy();
    }

    private static long load(DSLContext src, DSLContext dst, Table<?> t, Progress progress) {
        List<Field<?>> fields = List.of(t.fields());
        List<Integer> deferred = selfReferences(t).stream().map(fields::indexOf).toList();
        long[] copied = {0};
        try (Cursor<Record> cursor = rows(src, t, fields)) {
            Stream<Object[]> rows = cursor.stream().map(r -> {
                Object[] values = r.intoArray();
                deferred.forEach(i -> values[i] = null);
                if (++copied[0] % REPORT_EVERY == 0) {
                    progress.rows(t.getName(), copied[0], false);
                }
                return values;
            });
            Loader<?> loader = loader(dst, t, rows, fields);
            if (!loader.errors().isEmpty()) {
                var error = loader.errors().get(0);
                throw new StoreException("the target refused row " + (error.rowIndex() + 1) + " of " + t.getName()
                        + ", nothing was stored: " + firstLine(error.exception()), error.exception());
            }
        }
        return copied[0];
    }

    private static <R extends Record> Loader<R> loader(DSLContext dst, Table<R> t, Stream<Object[]> rows,
                                                       List<Field<?>> fields) {
        try {
            return dst.loadInto(t).onErrorAbort().commitNone().bulkNone().batchAfter(BATCH)
                    .loadArrays(rows).fields(fields).execute();
        } catch (IOException e) {
            // Only a CSV or JSON source reads input; arrays do not.
            throw new IllegalStateException(e);
        }
    }

    /** Sets the references to rows of the same table, which {@link #load} left empty, batch by batch. */
    private static void linkSelfReferences(DSLContext src, DSLContext dst, Table<?> t) {
        List<Field<?>> refs = selfReferences(t);
        if (refs.isEmpty()) {
            return;
        }
        List<Field<?>> key = List.copyOf(t.getPrimaryKey().getFields());
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        refs.forEach(f -> set.put(f, placeholder(f)));
        Condition byKey = DSL.and(key.stream().map(StoreCopy::equalsPlaceholder).toList());
        var update = dst.update(t).set(set).where(byKey);
        List<Field<?>> fields = new ArrayList<>(refs);
        fields.addAll(key);
        Condition referencing = DSL.or(refs.stream().map(Field::isNotNull).toList());
        try (Cursor<Record> cursor = src.select(fields).from(t).where(referencing).fetchSize(BATCH).fetchLazy()) {
            BatchBindStep batch = dst.batch(update);
            int pending = 0;
            for (Record r : cursor) {
                batch = batch.bind(r.intoArray());
                if (++pending == BATCH) {
                    batch.execute();
                    batch = dst.batch(update);
                    pending = 0;
                }
            }
            if (pending > 0) {
                batch.execute();
            }
        }
    }

    private static <T> Field<T> placeholder(Field<T> f) {
        return DSL.val(null, f);
    }

    private static <T> Condition equalsPlaceholder(Field<T> f) {
        return f.eq(placeholder(f));
    }

    /**
     * Starts the target's identity past the highest id copied, so that the next import or closing gets the
     * next id and not one a copied row has.
     */
    private static void restartIdentity(DSLContext src, DSLContext dst, Table<?> t) {
        if (t.getIdentity() == null) {
            return;
        }
        Field<?> id = t.getIdentity().getField();
        org.jooq.Name column = DSL.name(id.getName());
        Long max = src.select(DSL.max(id)).from(t).fetchOne(0, Long.class);
        if (max != null) {
            // jOOQ 3.19 has no ALTER COLUMN … RESTART; the words are fixed, the number is computed, not given.
            dst.query("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", t, column, DSL.inline(max + 1)).execute();
        }
    }

    private static <T> T inTransaction(DSLContext ctx, Function<DSLContext, T> work) {
        try {
            return ctx.transactionResult(cfg -> work.apply(DSL.using(cfg)));
        } catch (DataAccessException e) {
            if (e.getCause() instanceof RuntimeException r && !(r instanceof DataAccessException)) {
                throw r;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- verification

    /** A table's rows counted and hashed. */
    record Digest(long rows, String sha256) {
    }

    /**
     * SHA-256 over a table's rows in key order, each value as canonical text: the same rows give the same
     * digest on H2 and PostgreSQL. Strings of the key are ordered by code point on both (PostgreSQL's
     * {@code ucs_basic}; its default collation depends on the server's locale); an amount is its plain
     * digits at its column's scale; a time is its instant in UTC (H2 keeps the offset it was given,
     * PostgreSQL gives the session's; both keep microseconds, the precision the store writes).
     */
    static Digest digest(DSLContext ctx, Table<?> t) {
        MessageDigest sha = sha256();
        long rows = 0;
        try (Cursor<Record> cursor = rows(ctx, t, List.of(t.fields()))) {
            for (Record r : cursor) {
                for (Object value : r.intoArray()) {
                    sha.update(canonical(value).getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) '\n');
                rows++;
            }
        }
        return new Digest(rows, HexFormat.of().formatHex(sha.digest()));
    }

    /** A value as text that cannot run into the next one: a null marker, or the text's length and the text. */
    static String canonical(Object value) {
        if (value == null) {
            return "-;";
        }
        String text;
        if (value instanceof BigDecimal d) {
            text = d.toPlainString();
        } else if (value instanceof OffsetDateTime t) {
            text = t.toInstant().toString();
        } else if (value instanceof byte[] b) {
            text = HexFormat.of().formatHex(b);
        } else if (value instanceof Object[] array) {
            // A balance block's arrays: each element in its canonical form, in order.
            StringBuilder elements = new StringBuilder("[");
            for (Object e : array) {
                elements.append(canonical(e));
            }
            text = elements.append(']').toString();
        } else {
            text = value.toString();
        }
        return text.length() + ":" + text + ";";
    }

    /** The primary key's columns (every column where there is none), strings in code-point order. */
    private static List<SortField<?>> keyOrder(DSLContext ctx, Table<?> t) {
        List<? extends Field<?>> key = t.getPrimaryKey() != null ? t.getPrimaryKey().getFields() : List.of(t.fields());
        boolean postgres = ctx.dialect().family() == SQLDialect.POSTGRES;
        return key.stream().<SortField<?>>map(f -> postgres && f.getType() == String.class
                ? f.collate("ucs_basic").asc() : f.asc()).toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String firstLine(Throwable e) {
        Throwable t = e.getCause() != null && e instanceof DataAccessException ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
