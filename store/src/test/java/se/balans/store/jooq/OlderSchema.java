package se.balans.store.jooq;

import org.flywaydb.core.Flyway;

/**
 * A store's schema brought up to an older version only, as an older Balans left it, for the tests of
 * the upgrade. Beside the store's code because the Java migrations are this package's.
 */
public final class OlderSchema {
    private OlderSchema() {
    }

    /** Migrates the store at {@code url} up to {@code version} (Flyway's target), Java migrations included. */
    public static void migrate(String url, String user, String password, String version) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(new V5__ClosingListsIntoChildTables(), new V12__SealAuditChain()).target(version).loggers("slf4j").load()
                .migrate();
    }
}
