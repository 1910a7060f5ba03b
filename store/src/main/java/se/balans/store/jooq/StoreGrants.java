package se.balans.store.jooq;

import static se.balans.store.schema.Tables.ACCOUNT;
import static se.balans.store.schema.Tables.AUDIT_CHAIN;
import static se.balans.store.schema.Tables.AUDIT_LOG;
import static se.balans.store.schema.Tables.CLOSED_PERIOD;
import static se.balans.store.schema.Tables.CLOSING;
import static se.balans.store.schema.Tables.COMMITTEE_FORECAST;
import static se.balans.store.schema.Tables.IMPORTED_FILE;
import static se.balans.store.schema.Tables.LEDGER_STATE;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import se.balans.store.StoreException;
import se.balans.store.schema.DefaultSchema;

/**
 * Least privilege on a shared PostgreSQL store ({@code balans store grant}), run by the schema's owner after the
 * first start and after every upgrade: it revokes what the two groups had on every table and grants exactly what the
 * commands need, so that the database itself refuses the rest.
 *
 * <ul>
 *   <li><b>Finance</b> (ekonomienheten: import, close, reopen, forecasts, reports): reads everything; adds rows to
 *       every table; updates only the ledger's version and the chain's head (both locked to take turns), account
 *       names, and the columns that mark a record replaced — an import's {@code superseded_by}, a closing's state
 *       and reopening, a forecast's {@code replaced_by}; deletes only the pointer to a month's valid closing
 *       ({@code closed_period}, which a reopening moves). No UPDATE or DELETE on the audit log, the balances, or a
 *       closing's figures.</li>
 *   <li><b>Auditor</b> (revisionen: verify, explain, audit, reports): reads everything; appends to the audit log
 *       (the reports an auditor writes are recorded) and moves the chain's head. Nothing else.</li>
 * </ul>
 *
 * <p>The privileges are table data written once here; {@code docs/postgresql.md} lists them. A table a later version
 * adds gets SELECT for both and INSERT for the finance group when this runs again.
 */
public final class StoreGrants {
    private StoreGrants() {
    }

    /** A role name as PostgreSQL writes one unquoted: the only kind accepted, so no name can carry SQL. */
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** The two groups. */
    public record Roles(String finance, String auditor) {
        public Roles {
            check(finance, "finance");
            check(auditor, "auditor");
            if (finance.equals(auditor)) {
                throw new IllegalArgumentException("the finance and the auditor group must be two roles, got "
                        + finance + " for both");
            }
        }

        private static void check(String role, String what) {
            Objects.requireNonNull(role, what);
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("the " + what + " role must be a PostgreSQL name in lower case "
                        + "(letters a–z, digits, _; at most 63), got \"" + role + "\"");
            }
        }
    }

    /** The table privileges granted: names of the code, never input. */
    private enum Privilege { SELECT, INSERT, UPDATE, DELETE }

    /** One privilege granted: to whom, what, on which table (or schema, or sequences). */
    public record Granted(String role, String privilege, String on) {
    }

    /** The rows only ever updated, never added after the migrations seed them. */
    private static final Set<Table<?>> SINGLE_ROWS = Set.of(LEDGER_STATE, AUDIT_CHAIN);

    /** Whether the store at {@code url} has roles to grant: PostgreSQL, not H2. */
    public static boolean applies(String url) {
        return Database.dialect(url) == SQLDialect.POSTGRES;
    }

    /**
     * Revokes and grants as the class describes, in one transaction.
     *
     * @return every privilege granted, in the order granted
     * @throws StoreException on H2 (one user, no roles to separate) or when the database refuses (not the owner)
     */
    public static List<Granted> grant(Connection connection, String url, Roles roles) {
        if (!applies(url)) {
            throw new StoreException("roles are for a store shared on PostgreSQL; an H2 store has one user and nothing "
                    + "to grant (" + Database.redact(url) + ")", null);
        }
        DSLContext db = Database.dsl(connection, SQLDialect.POSTGRES);
        try {
            return db.transactionResult(cfg -> run(DSL.using(cfg), roles));
        } catch (RuntimeException e) {
            throw new StoreException("the database refused the grants, nothing was changed (run balans store grant as "
                    + "the schema's owner): " + rootMessage(e), e);
        }
    }

    private static List<Granted> run(DSLContext ctx, Roles roles) {
        String schema = ctx.select(DSL.currentSchema()).fetchSingle().value1();
        List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        Table<?> history = DSL.table(DSL.name("flyway_schema_history"));
        List<Granted> out = new ArrayList<>();
        for (String role : List.of(roles.finance(), roles.auditor())) {
            Name r = DSL.name(role);
            for (Table<?> t : tables) {
                ctx.execute("REVOKE ALL ON {0} FROM {1}", t, r);
            }
            ctx.execute("REVOKE ALL ON {0} FROM {1}", history, r);
            ctx.execute("GRANT USAGE ON SCHEMA {0} TO {1}", DSL.name(schema), r);
            out.add(new Granted(role, "USAGE", "schema " + schema));
            for (Table<?> t : tables) {
                grant(ctx, out, role, Privilege.SELECT.name(), t);
            }
            grant(ctx, out, role, Privilege.SELECT.name(), history);
        }
        String finance = roles.finance();
        for (Table<?> t : tables) {
            if (!SINGLE_ROWS.contains(t)) {
                grant(ctx, out, finance, Privilege.INSERT.name(), t);
            }
        }
        ctx.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {0} TO {1}", DSL.name(schema), DSL.name(finance));
        out.add(new Granted(finance, "USAGE", "the identity sequences of schema " + schema));
        grant(ctx, out, finance, Privilege.UPDATE.name(), LEDGER_STATE);
        grant(ctx, out, finance, Privilege.UPDATE.name(), AUDIT_CHAIN);
        grant(ctx, out, finance, Privilege.UPDATE.name(), ACCOUNT);
        grant(ctx, out, finance, update(IMPORTED_FILE.SUPERSEDED_BY), IMPORTED_FILE);
        grant(ctx, out, finance, update(CLOSING.STATE, CLOSING.REOPENED_AT, CLOSING.REOPENED_BY), CLOSING);
        grant(ctx, out, finance, update(COMMITTEE_FORECAST.REPLACED_BY), COMMITTEE_FORECAST);
        grant(ctx, out, finance, Privilege.DELETE.name(), CLOSED_PERIOD);
        grant(ctx, out, roles.auditor(), Privilege.INSERT.name(), AUDIT_LOG);
        grant(ctx, out, roles.auditor(), Privilege.UPDATE.name(), AUDIT_CHAIN);
        return out;
    }

    /** Column-level UPDATE: the privilege text names generated columns only, never input. */
    private static String update(Field<?>... columns) {
        return Privilege.UPDATE.name() + " (" + java.util.Arrays.stream(columns).map(f -> f.getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static void grant(DSLContext ctx, List<Granted> out, String role, String privilege, Table<?> table) {
        ctx.execute("GRANT " + privilege + " ON {0} TO {1}", table, DSL.name(role));
        out.add(new Granted(role, privilege, table.getName().toLowerCase(Locale.ROOT)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
