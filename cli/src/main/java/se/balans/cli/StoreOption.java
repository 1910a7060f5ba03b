package se.balans.cli;

import java.time.Clock;

import picocli.CommandLine.Option;
import se.balans.store.Store;
import se.balans.store.jooq.JooqStore;

/**
 * {@code --db URL}: the store. By default an embedded H2 file in {@code balans-data/} under the
 * Balans directory; {@code jdbc:postgresql://host/db} for a shared server. Credentials come from
 * the environment ({@code BALANS_DB_USER}, {@code BALANS_DB_PASSWORD}), never from the command line,
 * so they do not end up in shell histories or process lists.
 */
public final class StoreOption {
    static final String DEFAULT_OPTIONS = ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000";

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "The store. Default: -Dbalans.db, $BALANS_DB, else an H2 file in balans-data/. "
                    + "Credentials from BALANS_DB_USER and BALANS_DB_PASSWORD.")
    String url;

    public String url() {
        if (url != null) {
            return url;
        }
        String property = System.getProperty("balans.db");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("BALANS_DB");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return "jdbc:h2:file:" + BalansHome.get().resolve("balans-data").resolve("balans").toAbsolutePath()
                + DEFAULT_OPTIONS;
    }

    /** The operating-system user recorded in the audit log. */
    public static String osUser() {
        return System.getProperty("user.name", "unknown");
    }

    public Store open() {
        return JooqStore.open(url(), System.getenv("BALANS_DB_USER"), System.getenv("BALANS_DB_PASSWORD"), osUser(),
                Clock.systemUTC());
    }
}
