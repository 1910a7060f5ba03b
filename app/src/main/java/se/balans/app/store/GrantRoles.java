package se.balans.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import se.balans.app.InvalidRequestException;
import se.balans.store.StoreException;
import se.balans.store.jooq.Database;
import se.balans.store.jooq.StoreGrants;

/**
 * Use case: give the finance unit's and the auditors' groups on a shared PostgreSQL store exactly the privileges
 * the commands need ({@code balans store grant}), as the schema's owner, after the first start and after every
 * upgrade. What each group may do is {@link StoreGrants}'s to say; the database then refuses the rest.
 */
public final class GrantRoles {
    private GrantRoles() {
    }

    /** Opens (and migrates, as the owner) the store at {@code url} and grants. */
    public static List<StoreGrants.Granted> run(String url, String user, String password, StoreGrants.Roles roles) {
        if (!StoreGrants.applies(url)) {
            throw new InvalidRequestException("roles are for a store shared on PostgreSQL; an H2 store has one user "
                    + "and nothing to grant (" + Database.redact(url) + ")");
        }
        try (Connection c = Database.open(url, user, password)) {
            return StoreGrants.grant(c, url, roles);
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + Database.redact(url) + ": " + e.getMessage(), e);
        }
    }
}
