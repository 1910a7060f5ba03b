package se.balans.store.jooq;

import static se.balans.store.schema.Tables.CLOSING;
import static se.balans.store.schema.Tables.COMMITTEE_FORECAST;
import static se.balans.store.schema.Tables.COMMITTEE_FORECAST_ITEM;
import static se.balans.store.schema.Tables.IMPORTED_FILE;
import static se.balans.store.schema.Tables.LEDGER_BALANCE_BLOCK;
import static se.balans.store.schema.Tables.LEDGER_OPENING_BALANCE;
import static se.balans.store.schema.Tables.LEDGER_QUIET_MONTH;
import static se.balans.store.schema.Tables.STORE_ORGANISATION;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import se.balans.engine.ledger.LedgerBalance;
import se.balans.store.schema.DefaultSchema;

/**
 * The SHA-256 of what an audit-log entry records: the stored rows of one import, closing, committee forecast or
 * the store's organisation. The entry carries it, so a figure changed in the database behind the program's back
 * no longer matches the entry that recorded it — and the entry itself is sealed in the hash chain.
 *
 * <p>The digest is the same on H2 and PostgreSQL and survives {@code balans store copy}: every column of the rows
 * in the generated schema's order, each value in one canonical text (a decimal with its scale, a time as a UTC
 * instant to the microsecond, which is what both databases keep), the rows' texts sorted in Java (databases sort
 * text by their collation, which differs). Columns that legitimately change after the entry was written — a
 * closing's state when it is reopened, an import's {@code superseded_by}, a forecast's {@code replaced_by} — are
 * left out; they are recorded by entries of their own (reopen, import … supersedes).
 */
final class RecordDigests {
    private RecordDigests() {
    }

    /** The kinds of record an entry can name, as {@code audit_log.record_kind} stores them. */
    static final String IMPORT = "import";
    static final String CLOSING_KIND = "closing";
    static final String FORECAST = "forecast";
    static final String ORGANISATION = "organisation";

    /**
     * The name an import's balances go by in its digest, and their columns: the rows of {@code ledger_balance} as
     * schema versions 1–12 stored them, one balance a row. Version 13 keeps them in blocks ({@link BalanceBlocks});
     * the digest still takes them a balance at a time, so an entry written before the change still matches.
     */
    private static final String BALANCES = "ledger_balance";

    /** How an import's balances are read as digest lines ({@link #balanceLine}), by import id. */
    @FunctionalInterface
    interface BalanceLines {
        List<String> of(long importId);
    }

    /** The SHA-256 of a record's rows as they are stored now; empty when its main row is gone. */
    static Optional<String> sha256(DSLContext ctx, String kind, long id) {
        if (IMPORT.equals(kind)) {
            return importSha256(ctx, id, () -> storedBalanceLines(ctx, id), true);
        }
        return sha256(ctx, kind, id, parts(kind, id), List.of());
    }

    /**
     * The same as the upgrade to version 12 takes it, with an import's balances read by {@code balances} from the old
     * rows, and without the tables that came after version 12 (whose rows no store had then).
     */
    static Optional<String> sha256AtVersion12(DSLContext ctx, String kind, long id, BalanceLines balances) {
        if (IMPORT.equals(kind)) {
            return importSha256(ctx, id, () -> balances.of(id), false);
        }
        return sha256(ctx, kind, id, parts(kind, id), List.of());
    }

    /**
     * The SHA-256 of an import being stored, its balances taken from memory rather than read back: a wide ledger has
     * hundreds of thousands of them. The lines are the ones {@link #storedBalanceLines} reads, so the two agree.
     */
    static String importSha256(DSLContext ctx, long id, List<String> balanceLines) {
        return importSha256(ctx, id, () -> balanceLines, true).orElseThrow();
    }

    /**
     * An import's balances as its digest takes them, sorted: the import computes them on the other core while the
     * database writes, since on a wide ledger they cost about as much as the write.
     */
    static List<String> balanceLines(List<LedgerBalance> balances) {
        List<String> lines = new ArrayList<>(balances.size());
        for (LedgerBalance b : balances) {
            lines.add(balanceLine(b.period().toString(), b.account(), b.costCentre(), b.dimensions(),
                    b.amount().sek(), b.rowCount()));
        }
        lines.sort(null);
        return lines;
    }

    private static Optional<String> importSha256(DSLContext ctx, long id, Supplier<List<String>> balanceLines,
                                                 boolean quietMonths) {
        List<Part> parts = new ArrayList<>(List.of(
                new Part(IMPORTED_FILE, IMPORTED_FILE.ID.eq(id), Set.of(IMPORTED_FILE.SUPERSEDED_BY)),
                new Part(LEDGER_OPENING_BALANCE, LEDGER_OPENING_BALANCE.IMPORT_ID.eq(id), Set.of())));
        if (quietMonths) {
            // Only when there are any: an import made before version 14, or without a quiet month, keeps its digest.
            parts.add(Part.ifAny(LEDGER_QUIET_MONTH, LEDGER_QUIET_MONTH.IMPORT_ID.eq(id)));
        }
        return sha256(ctx, IMPORT, id, parts, List.of(new Lines(BALANCES, balanceLines)));
    }

    /** One stored balance as a line: its columns, the amount to the öre whatever scale the database returns. */
    static String balanceLine(String period, String account, String costCentre, String dimensions,
                              BigDecimal amount, long rows) {
        StringBuilder b = new StringBuilder(96);
        column(b, "period", period);
        column(b, "account", account);
        column(b, "cost_centre", costCentre);
        column(b, "dimensions", dimensions);
        column(b, "amount", amount.setScale(2).toPlainString());
        column(b, "row_count", Long.toString(rows));
        return b.toString();
    }

    private static void column(StringBuilder b, String name, String value) {
        b.append(name).append('=').append(value.length()).append(':').append(value).append(';');
    }

    private static List<String> storedBalanceLines(DSLContext ctx, long id) {
        List<String> lines = new ArrayList<>();
        BalanceBlocks.forEachCell(ctx, LEDGER_BALANCE_BLOCK.IMPORT_ID.eq(id),
                (importId, period, account, costCentre, dimensions, ore, rows) -> lines.add(
                        balanceLine(period, account, costCentre, dimensions, BalanceBlocks.sek(ore), rows)));
        return lines;
    }

    /**
     * An import's SHA-256 as versions before the import hashed its balances from memory (2026-12-01) recorded it,
     * and as their upgrade to version 12 sealed it: the balances as rows of the table of that time,
     * {@code ledger_balance}, each with its {@code import_id}, between the file's row and its opening balances.
     * The chain check accepts an import's entry that matches this one when it does not match the current form,
     * so that a store those versions wrote checks clean after the upgrade; a changed figure matches neither.
     */
    static Optional<String> legacyImportSha256(DSLContext ctx, long id) {
        List<String> file = rows(ctx, new Part(IMPORTED_FILE, IMPORTED_FILE.ID.eq(id), Set.of(IMPORTED_FILE.SUPERSEDED_BY)));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<String> balances = new ArrayList<>();
        BalanceBlocks.forEachCell(ctx, LEDGER_BALANCE_BLOCK.IMPORT_ID.eq(id),
                (importId, period, account, costCentre, dimensions, ore, rows) -> {
                    StringBuilder b = new StringBuilder(112);
                    column(b, "import_id", Long.toString(importId));
                    balances.add(b.append(balanceLine(period, account, costCentre, dimensions, BalanceBlocks.sek(ore),
                            rows)).toString());
                });
        MessageDigest sha = sha256();
        update(sha, IMPORT + " " + id);
        add(sha, IMPORTED_FILE.getName(), file);
        add(sha, BALANCES, balances);
        add(sha, LEDGER_OPENING_BALANCE.getName(),
                rows(ctx, new Part(LEDGER_OPENING_BALANCE, LEDGER_OPENING_BALANCE.IMPORT_ID.eq(id), Set.of())));
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    /** A part's rows in their canonical text. */
    private static List<String> rows(DSLContext ctx, Part part) {
        List<String> rows = new ArrayList<>();
        for (Record r : ctx.selectFrom(part.table()).where(part.rows()).fetch()) {
            rows.add(canonical(r, part.table(), part.changing()));
        }
        return rows;
    }

    /** Rows given as lines under a name rather than read generically from a table. */
    private record Lines(String name, Supplier<List<String>> lines) {
    }

    private static List<Part> parts(String kind, long id) {
        return switch (kind) {
            case CLOSING_KIND -> closingParts(id);
            case FORECAST -> List.of(
                    new Part(COMMITTEE_FORECAST, COMMITTEE_FORECAST.ID.eq(id), Set.of(COMMITTEE_FORECAST.REPLACED_BY)),
                    new Part(COMMITTEE_FORECAST_ITEM, COMMITTEE_FORECAST_ITEM.FORECAST_ID.eq(id), Set.of()));
            case ORGANISATION -> List.of(new Part(STORE_ORGANISATION, STORE_ORGANISATION.ID.eq((int) id), Set.of()));
            default -> throw new IllegalArgumentException("unknown record kind " + kind);
        };
    }

    private static Optional<String> sha256(DSLContext ctx, String kind, long id, List<Part> parts, List<Lines> more) {
        MessageDigest sha = sha256();
        update(sha, kind + " " + id);
        boolean first = true;
        for (Part part : parts) {
            List<String> rows = rows(ctx, part);
            if (first && rows.isEmpty()) {
                return Optional.empty();
            }
            if (part.omittedWhenEmpty() && rows.isEmpty()) {
                continue;
            }
            first = false;
            add(sha, part.table().getName(), rows);
        }
        for (Lines l : more) {
            add(sha, l.name(), new ArrayList<>(l.lines().get()));
        }
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    private static void add(MessageDigest sha, String table, List<String> rows) {
        rows.sort(null);
        update(sha, table.toLowerCase(Locale.ROOT) + " " + rows.size());
        rows.forEach(row -> update(sha, row));
    }

    /**
     * A closing: its own row and every table of its own ({@code closing_…} with a {@code closing_id}), found in the
     * generated schema so that a table a later version adds is covered without a change here. Not
     * {@code closed_period} (which closing is valid: changed by a reopening) nor the committees' forecasts (recorded
     * by entries of their own).
     */
    private static List<Part> closingParts(long id) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(CLOSING, CLOSING.ID.eq(id), Set.of(CLOSING.STATE, CLOSING.REOPENED_AT, CLOSING.REOPENED_BY)));
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            Field<?> closingId = t.field(org.jooq.impl.DSL.name("closing_id"));
            if (t.getName().toLowerCase(Locale.ROOT).startsWith("closing_") && closingId != null) {
                parts.add(new Part(t, closingId.cast(Long.class).eq(id), Set.of()));
            }
        }
        parts.subList(1, parts.size()).sort((a, b) -> a.table().getName().compareTo(b.table().getName()));
        return parts;
    }

    /**
     * The rows of one table in a record's digest; {@code changing} columns are left out (they change by rule after
     * the record is made). A part {@code omittedWhenEmpty} adds nothing when it has no rows, so that a table added
     * to a kind of record later leaves the digests of the records made before it as they were.
     */
    private record Part(Table<?> table, Condition rows, Set<Field<?>> changing, boolean omittedWhenEmpty) {
        Part(Table<?> table, Condition rows, Set<Field<?>> changing) {
            this(table, rows, changing, false);
        }

        static Part ifAny(Table<?> table, Condition rows) {
            return new Part(table, rows, Set.of(), true);
        }
    }

    /** One row as text: each column's name and canonical value, in the table's column order. */
    private static String canonical(Record r, Table<?> table, Set<Field<?>> changing) {
        StringBuilder b = new StringBuilder();
        for (Field<?> f : table.fields()) {
            if (changing.contains(f)) {
                continue;
            }
            String v = value(r.get(f));
            b.append(f.getName().toLowerCase(Locale.ROOT)).append('=');
            b.append(v == null ? "∅" : v.length() + ":" + v).append(';');
        }
        return b.toString();
    }

    /** A value's canonical text, the same whichever database gave it; null stays null. */
    static String value(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof OffsetDateTime t) {
            return instant(t);
        }
        if (v instanceof Object[] array) {
            // A balance block's arrays: each element in its canonical text, in order.
            StringBuilder b = new StringBuilder("[");
            for (Object e : array) {
                String text = value(e);
                b.append(text == null ? "∅" : text.length() + ":" + text).append(',');
            }
            return b.append(']').toString();
        }
        return v.toString();
    }

    /** A time as the UTC instant to the microsecond both databases keep. */
    static String instant(OffsetDateTime t) {
        return t.toInstant().truncatedTo(ChronoUnit.MICROS).toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** Adds a text with its length first, so that no two sequences of texts hash alike by shifting a boundary. */
    static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
        sha.update((byte) '\n');
    }
}
