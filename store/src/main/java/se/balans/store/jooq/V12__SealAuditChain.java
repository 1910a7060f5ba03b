package se.balans.store.jooq;

import static se.balans.store.schema.Tables.AUDIT_CHAIN;
import static se.balans.store.schema.Tables.AUDIT_LOG;

import java.time.temporal.ChronoUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import se.balans.store.schema.tables.records.AuditLogRecord;

/**
 * Schema version 12: seals the entries written before the audit log became a hash chain (version 11). In the
 * order of the log, each entry gets the record it names — read from its words as earlier versions wrote them
 * ("import #3 …", "closing #7 …", "forecast #2 …", a bind) — with the SHA-256 of that record's rows as they are now,
 * the hash of the entry before it, and its own; the chain's head then names the last one.
 *
 * <p>What this proves about the time before the upgrade is only what the store held at the upgrade: a change made
 * before it is sealed in with the rest. From the upgrade on, every change behind the program's back breaks the
 * chain. The SQL is jOOQ's with bound values, like the store's.
 */
final class V12__SealAuditChain extends BaseJavaMigration {
    private static final Pattern IMPORT = Pattern.compile("^import #(\\d+)\\b");
    private static final Pattern CLOSING = Pattern.compile("^closing #(\\d+)\\b");
    private static final Pattern FORECAST = Pattern.compile("^forecast #(\\d+)\\b");

    @Override
    public String getDescription() {
        return "seal audit chain";
    }

    @Override
    public void migrate(Context context) throws Exception {
        DSLContext ctx = Database.dsl(context.getConnection(),
                Database.dialect(context.getConnection().getMetaData().getURL()));
        String previous = AuditLog.GENESIS;
        long last = 0;
        for (AuditLogRecord e : ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch()) {
            e.setAt(e.getAt().truncatedTo(ChronoUnit.MICROS));
            Optional<AuditLog.Recorded> record = recorded(e.getAction(), e.getDetails());
            if (record.isPresent()) {
                Optional<String> sha = RecordDigests.sha256AtVersion12(ctx, record.get().kind(), record.get().id(),
                        importId -> balanceRows(ctx, importId));
                if (sha.isPresent()) {
                    e.setRecordKind(record.get().kind());
                    e.setRecordId(record.get().id());
                    e.setRecordSha256(sha.get());
                }
            }
            e.setPreviousSha256(previous);
            e.setEntrySha256(AuditLog.entrySha256(e));
            ctx.update(AUDIT_LOG).set(AUDIT_LOG.AT, e.getAt()).set(AUDIT_LOG.RECORD_KIND, e.getRecordKind())
                    .set(AUDIT_LOG.RECORD_ID, e.getRecordId()).set(AUDIT_LOG.RECORD_SHA256, e.getRecordSha256())
                    .set(AUDIT_LOG.PREVIOUS_SHA256, e.getPreviousSha256()).set(AUDIT_LOG.ENTRY_SHA256, e.getEntrySha256())
                    .where(AUDIT_LOG.ID.eq(e.getId())).execute();
            previous = e.getEntrySha256();
            last = e.getId();
        }
        ctx.update(AUDIT_CHAIN).set(AUDIT_CHAIN.LAST_ENTRY, last).set(AUDIT_CHAIN.LAST_SHA256, previous)
                .where(AUDIT_CHAIN.ID.eq(1)).execute();
    }

    /** The record an entry of an earlier version names, from its action and its words. */
    static Optional<AuditLog.Recorded> recorded(String action, String details) {
        return switch (action) {
            case "bind" -> Optional.of(new AuditLog.Recorded(RecordDigests.ORGANISATION, 1));
            case "import" -> numbered(IMPORT, details, RecordDigests.IMPORT);
            case "close", "reopen" -> numbered(CLOSING, details, RecordDigests.CLOSING_KIND);
            case "forecast" -> numbered(FORECAST, details, RecordDigests.FORECAST);
            default -> Optional.empty();
        };
    }

    private static Optional<AuditLog.Recorded> numbered(Pattern p, String details, String kind) {
        Matcher m = p.matcher(details);
        return m.find() ? Optional.of(new AuditLog.Recorded(kind, Long.parseLong(m.group(1)))) : Optional.empty();
    }

    /**
     * An import's balances as versions 1 to 12 keep them, a balance a row in {@code ledger_balance}: this migration
     * runs before version 13 moves them into blocks, so it reads the table by name, not through the generated schema.
     */
    private static List<String> balanceRows(DSLContext ctx, long importId) {
        Field<String> period = DSL.field(DSL.name("period"), String.class);
        Field<String> account = DSL.field(DSL.name("account"), String.class);
        Field<String> costCentre = DSL.field(DSL.name("cost_centre"), String.class);
        Field<String> dimensions = DSL.field(DSL.name("dimensions"), String.class);
        Field<BigDecimal> amount = DSL.field(DSL.name("amount"), BigDecimal.class);
        Field<Long> rowCount = DSL.field(DSL.name("row_count"), Long.class);
        List<String> lines = new ArrayList<>();
        for (var r : ctx.select(period, account, costCentre, dimensions, amount, rowCount)
                .from(DSL.table(DSL.name("ledger_balance")))
                .where(DSL.field(DSL.name("import_id"), Long.class).eq(importId)).fetch()) {
            lines.add(RecordDigests.balanceLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
        }
        return lines;
    }
}
