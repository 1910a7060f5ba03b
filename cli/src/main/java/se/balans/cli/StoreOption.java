package se.balans.cli;

import java.time.Clock;
import java.util.regex.Pattern;

import picocli.CommandLine.Option;
import se.balans.app.workspace.OrganisationCheck;
import se.balans.io.workspace.Workspace;
import se.balans.store.Store;
import se.balans.store.jooq.JooqStore;

/**
 * {@code --db URL}: the store. By default the workspace's ({@code store=} in {@code balans.properties}):
 * an embedded H2 file, which several processes on one machine can share, or
 * {@code jdbc:postgresql://host/db} for a server a team shares (docs/postgresql.md).
 *
 * <p>Credentials never come from the command line, where process lists, shell histories and CI logs
 * would show them: the user from {@code BALANS_DB_USER} (else {@code user=} in the URL, else the
 * operating-system user, as PostgreSQL's own tools do), the password from {@code BALANS_DB_PASSWORD},
 * else PostgreSQL's password file ({@code ~/.pgpass}, or the file {@code PGPASSFILE} names), which the
 * driver reads itself. A URL that carries a password is refused rather than used.
 */
public final class StoreOption {
    static final String DEFAULT_OPTIONS = ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000";
    /**
     * A password as URLs carry one: {@code ?password=} (PostgreSQL), {@code ;PASSWORD=} (H2), or the
     * user-information form {@code //user:password@host}.
     */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)[?&;](ssl)?password=|//[^/@\\s]*:[^/@\\s]*@");

    /** The stores Balans has a driver and a schema for. */
    private static final Pattern SUPPORTED = Pattern.compile("jdbc:(h2|postgresql):");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,30}:([A-Za-z][A-Za-z0-9+.-]{0,30}:)?");

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "The store. Default: -Dbalans.db, $BALANS_DB, else the workspace's (store= in balans.properties). "
                    + "For PostgreSQL: jdbc:postgresql://HOST[:PORT]/DATABASE. The user comes from BALANS_DB_USER, "
                    + "the password from BALANS_DB_PASSWORD or ~/.pgpass, never from the URL.")
    String url;

    /**
     * The URL chosen, checked. An unknown kind of database is a usage error (exit 2), said before
     * any connection is tried: otherwise it surfaced from the store as an internal error (exit 70).
     */
    public String url() {
        return url(null);
    }

    /** The URL chosen, checked; without {@code --db} or an environment's, {@code workspace}'s store. */
    public String url(Workspace workspace) {
        return checked(chosenUrl(workspace), source(), "BALANS_DB_PASSWORD");
    }

    /**
     * A store's URL as the user gave it under {@code option} ({@code --db}, {@code --to}), checked: a database
     * Balans supports, and no password in it — {@code passwordVariable} is where the password goes instead.
     */
    public static String checked(String url, String option, String passwordVariable) {
        if (!SUPPORTED.matcher(url).lookingAt()) {
            throw new UserException(ExitCode.USAGE, option + ": unsupported database URL" + scheme(url)
                    + ": expected jdbc:h2: (an H2 file, e.g. jdbc:h2:file:/data/balans) or jdbc:postgresql: "
                    + "(e.g. jdbc:postgresql://HOST/DATABASE)");
        }
        if (PASSWORD_IN_URL.matcher(url).find()) {
            throw new UserException(ExitCode.USAGE, "the store's URL must not contain a password (it would show in "
                    + "process lists, shell histories and logs): set " + passwordVariable + " or use ~/.pgpass "
                    + "(see docs/postgresql.md)");
        }
        return url;
    }

    /** Where the URL came from, as the user gave it. */
    private String source() {
        if (url != null) {
            return "--db";
        }
        String property = System.getProperty("balans.db");
        return property != null && !property.isBlank() ? "-Dbalans.db" : "BALANS_DB";
    }

    /** The URL's kind ({@code jdbc:mysql:}) for the message; never the rest, which may hold a password. */
    private static String scheme(String url) {
        var m = SCHEME.matcher(url);
        return m.lookingAt() ? " (" + m.group() + "…)" : "";
    }

    private String chosenUrl(Workspace workspace) {
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
        return (workspace != null ? workspace : WorkspaceLookup.require("--db JDBC-URL")).storeUrl(DEFAULT_OPTIONS);
    }

    /** The operating-system user recorded in the audit log. */
    public static String osUser() {
        return System.getProperty("user.name", "unknown");
    }

    /**
     * Opens the store; in a workspace, refuses a store that another organisation's workspace has bound
     * (a {@code --db} or {@code BALANS_DB} pointing at the wrong organisation's database).
     */
    public Store open() {
        return open(WorkspaceLookup.find().orElse(null));
    }

    /** Opens the store of {@code workspace} (or the one given with {@code --db}), checked to be its organisation's. */
    public Store open(Workspace workspace) {
        Store store = JooqStore.open(url(workspace), user(), password(), osUser(), Clock.systemUTC());
        try {
            if (workspace != null) {
                OrganisationCheck.store(store, workspace.organisation());
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** The store's database user from {@code BALANS_DB_USER}; null: the URL's, else the operating-system user. */
    public static String user() {
        return environment("BALANS_DB_USER");
    }

    /** The store's password from {@code BALANS_DB_PASSWORD}; null: ~/.pgpass, or none (H2). */
    public static String password() {
        return environment("BALANS_DB_PASSWORD");
    }

    /** An environment variable, null when unset or empty. */
    public static String environment(String name) {
        return blankToNull(System.getenv(name));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
