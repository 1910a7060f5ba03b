package se.balans.store.jooq;

import static se.balans.store.schema.Tables.STORE_ORGANISATION;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;

import se.balans.engine.organisation.Organisation;
import se.balans.store.StoreConflictException;

/**
 * The organisation the store belongs to: the single row of {@code store_organisation}, whose constant
 * key ({@link #ROW}) lets the database itself refuse a second one. Each method works inside the
 * caller's transaction ({@link JooqStore} owns them).
 */
final class OrganisationTable {
    /** The key of the one row. */
    static final int ROW = 1;

    private OrganisationTable() {
    }

    /** The organisation the store is bound to; empty for a store no workspace has written to yet. */
    static Optional<Organisation> read(DSLContext ctx) {
        return ctx.selectFrom(STORE_ORGANISATION).where(STORE_ORGANISATION.ID.eq(ROW)).fetchOptional()
                .map(r -> new Organisation(r.getName(), r.getNumber()));
    }

    /**
     * Writes the row. Fails on the primary key when another transaction wrote it first, even one not yet
     * committed (the database waits for it).
     */
    static void insert(DSLContext ctx, Organisation organisation, OffsetDateTime at, String user) {
        ctx.insertInto(STORE_ORGANISATION, STORE_ORGANISATION.ID, STORE_ORGANISATION.NUMBER, STORE_ORGANISATION.NAME,
                        STORE_ORGANISATION.BOUND_AT, STORE_ORGANISATION.BOUND_BY)
                .values(ROW, organisation.number(), organisation.name(), at, user).execute();
    }

    /**
     * Whether the store, bound to {@code bound}, may take {@code given}'s figures: the same organisation
     * number, whatever the name's spelling.
     *
     * @throws StoreConflictException when it is another organisation, naming both
     */
    static void check(Organisation bound, Organisation given) {
        if (!bound.number().equals(given.number())) {
            throw new StoreConflictException("the store belongs to " + bound.name() + " (" + bound.number()
                    + "), not to " + given.name() + " (" + given.number() + "): one store holds one organisation's "
                    + "ledger; use that organisation's workspace or another --db");
        }
    }
}
