package se.balans.store.jooq;

import static se.balans.store.schema.Tables.CLOSING;
import static se.balans.store.schema.Tables.CLOSING_BASIS;
import static se.balans.store.schema.Tables.CLOSING_BASIS_WEIGHT;
import static se.balans.store.schema.Tables.CLOSING_BASIS_YEAR;
import static se.balans.store.schema.Tables.CLOSING_COMMITTEE;

import java.math.BigDecimal;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Schema version 5: moves the lists that versions 1–3 kept as delimited strings into the child
 * tables version 4 created — a closing's committee codes ({@code closing.committees}, "HSN,RS"), and a
 * forecast basis's learned years ({@code closing_basis.learned_from}, "2023,2024") and twelve weights
 * ({@code closing_basis.weights}, "0.083333333333;…"). Version 6 then drops those columns. It also
 * numbers each closing's forecast bases ({@code closing_basis.ordinal}) in the order version 3 read
 * them back: by target, as this database orders text.
 *
 * <p>A Java migration because splitting strings is not portable SQL between H2 and PostgreSQL. Every
 * value is parsed exactly as version 3's store parsed it when it read a closing back (a weight is
 * {@code new BigDecimal(text)}, scale included), so a migrated closing reads back equal to what it
 * read back before, and {@code balans verify} still reproduces it. Older closings did not record the
 * committees' names: each committee gets its code as its Swedish and English name.
 *
 * <p>The SQL is jOOQ's with bound values, like the store's. The three old columns are named here,
 * not taken from the generated classes, which describe the newest schema and no longer have them.
 */
final class V5__ClosingListsIntoChildTables extends BaseJavaMigration {
    private static final Field<String> COMMITTEES = DSL.field(DSL.name("closing", "committees"), SQLDataType.VARCHAR);
    private static final Field<String> LEARNED_FROM = DSL.field(DSL.name("closing_basis", "learned_from"),
            SQLDataType.VARCHAR);
    private static final Field<String> WEIGHTS = DSL.field(DSL.name("closing_basis", "weights"), SQLDataType.VARCHAR);

    /** As the SQL migrations' descriptions read in Flyway's history (the file name's words). */
    @Override
    public String getDescription() {
        return "closing lists into child tables";
    }

    @Override
    public void migrate(Context context) throws Exception {
        DSLContext ctx = Database.dsl(context.getConnection(),
                Database.dialect(context.getConnection().getMetaData().getURL()));
        moveCommittees(ctx);
        moveBases(ctx);
    }

    private static void moveCommittees(DSLContext ctx) {
        var insert = ctx.batch(ctx.insertInto(CLOSING_COMMITTEE, CLOSING_COMMITTEE.CLOSING_ID, CLOSING_COMMITTEE.ORDINAL,
                CLOSING_COMMITTEE.CODE, CLOSING_COMMITTEE.NAME, CLOSING_COMMITTEE.ENGLISH_NAME)
                .values((Long) null, null, null, null, null));
        int rows = 0;
        for (var c : ctx.select(CLOSING.ID, COMMITTEES).from(CLOSING).orderBy(CLOSING.ID).fetch()) {
            List<String> codes = split(c.value2(), ",");
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                insert.bind(c.value1(), i + 1, code, code, code);
                rows++;
            }
        }
        if (rows > 0) {
            insert.execute();
        }
    }

    private static void moveBases(DSLContext ctx) {
        var weights = ctx.batch(ctx.insertInto(CLOSING_BASIS_WEIGHT, CLOSING_BASIS_WEIGHT.CLOSING_ID,
                CLOSING_BASIS_WEIGHT.TARGET, CLOSING_BASIS_WEIGHT.MONTH_NUMBER, CLOSING_BASIS_WEIGHT.WEIGHT,
                CLOSING_BASIS_WEIGHT.WEIGHT_SCALE).values((Long) null, null, null, null, null));
        var years = ctx.batch(ctx.insertInto(CLOSING_BASIS_YEAR, CLOSING_BASIS_YEAR.CLOSING_ID, CLOSING_BASIS_YEAR.TARGET,
                CLOSING_BASIS_YEAR.ORDINAL, CLOSING_BASIS_YEAR.LEARNED_YEAR).values((Long) null, null, null, null));
        var ordinals = ctx.batch(ctx.update(CLOSING_BASIS).set(CLOSING_BASIS.ORDINAL, (Integer) null)
                .where(CLOSING_BASIS.CLOSING_ID.eq((Long) null)).and(CLOSING_BASIS.TARGET.eq((String) null)));
        int basisRows = 0;
        int weightRows = 0;
        int yearRows = 0;
        long closing = -1;
        int ordinal = 0;
        for (var b : ctx.select(CLOSING_BASIS.CLOSING_ID, CLOSING_BASIS.TARGET, LEARNED_FROM, WEIGHTS).from(CLOSING_BASIS)
                .orderBy(CLOSING_BASIS.CLOSING_ID, CLOSING_BASIS.TARGET).fetch()) {
            long id = b.value1();
            String target = b.value2();
            ordinal = id == closing ? ordinal + 1 : 1;
            closing = id;
            ordinals.bind(ordinal, id, target);
            basisRows++;
            List<String> learned = split(b.value3(), ",");
            for (int i = 0; i < learned.size(); i++) {
                years.bind(id, target, i + 1, Integer.valueOf(learned.get(i)));
                yearRows++;
            }
            List<String> w = split(b.value4(), ";");
            for (int i = 0; i < w.size(); i++) {
                BigDecimal weight = ClosingTables.storableWeight(new BigDecimal(w.get(i)), id, target);
                weights.bind(id, target, i + 1, weight, weight.scale());
                weightRows++;
            }
        }
        if (basisRows > 0) {
            ordinals.execute();
        }
        if (weightRows > 0) {
            weights.execute();
        }
        if (yearRows > 0) {
            years.execute();
        }
    }

    /** A delimited list as version 3 wrote it: the empty string is the empty list. */
    private static List<String> split(String joined, String delimiter) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(delimiter));
    }
}
