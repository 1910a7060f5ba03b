package se.balans.store.jooq;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import se.balans.store.StoreException;

/**
 * Opens a store by JDBC URL and brings its schema up to date with the Flyway migrations in
 * {@code db/migration}. H2 (embedded file, the default) and PostgreSQL (a shared server) run the
 * same migrations.
 */
public final class Database {
    private Database() {
    }

    /** The dialect for a JDBC URL. */
    public static SQLDialect dialect(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new StoreException("unsupported database URL (use jdbc:h2:… or jdbc:postgresql:…): " + redact(url), null);
    }

    /**
     * The newest migration's version. Kept here so that opening an up-to-date store costs one query
     * instead of Flyway's start-up (seconds); a test checks it against the migration files.
     */
    public static final int SCHEMA_VERSION = 14;

    /**
     * jOOQ over a connection, as the store and its Java migrations use it. Unquoted names: H2 folds
     * them to upper case, PostgreSQL to lower case, as the migrations did.
     */
    public static DSLContext dsl(Connection c, SQLDialect dialect) {
        return DSL.using(c, dialect, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false));
    }

    /** Connects, migrating the schema first when the store is behind. Credentials may be null (H2 needs none). */
    public static Connection open(String url, String user, String password) {
        SQLDialect dialect = dialect(url);
        url = embeddedOptions(url);
        // The connection stays open while Flyway migrates: an in-memory database lives only as long as
        // a connection to it, and reconnecting would cost a second open.
        Connection c = connect(url, user, password);
        if (schemaVersion(c) < SCHEMA_VERSION) {
            try {
                migrate(url, user, password);
            } catch (RuntimeException e) {
                close(c);
                throw e;
            }
        }
        if (dialect == SQLDialect.H2) {
            writeEveryCommit(c, url);
        }
        lockTimeout(c, dialect, url);
        return c;
    }

    /**
     * How long a change waits for a lock another process holds (an import or a closing in progress on the shared
     * server) before it is refused — {@value #DEFAULT_LOCK_TIMEOUT_SECONDS} s, or {@code BALANS_LOCK_TIMEOUT}
     * seconds — rather than waiting forever. The refusal is a {@link se.balans.store.StoreConflictException}
     * (exit 4), and nothing is stored.
     */
    public static final int DEFAULT_LOCK_TIMEOUT_SECONDS = 30;

    static int lockTimeoutSeconds() {
        String v = System.getProperty("balans.lockTimeout", System.getenv("BALANS_LOCK_TIMEOUT"));
        if (v == null || v.isBlank()) {
            return DEFAULT_LOCK_TIMEOUT_SECONDS;
        }
        try {
            int s = Integer.parseInt(v.trim());
            if (s <= 0) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new StoreException("BALANS_LOCK_TIMEOUT must be a whole number of seconds above 0, got \"" + v
                    + "\"", null);
        }
    }

    private static void lockTimeout(Connection c, SQLDialect dialect, String url) {
        int seconds = lockTimeoutSeconds();
        try (Statement st = c.createStatement()) {
            st.execute(dialect == SQLDialect.H2 ? "SET LOCK_TIMEOUT " + seconds * 1000
                    : "SET lock_timeout = '" + seconds + "s'");
        } catch (SQLException e) {
            close(c);
            throw failure("cannot open the database", url, e);
        }
    }

    /** Whether the database refused because a lock was not granted in time (PostgreSQL 55P03, H2 50200). */
    public static boolean lockTimedOut(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof SQLException e && ("55P03".equals(e.getSQLState()) || e.getErrorCode() == 50200)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An embedded H2 database stays open until the process ends (its shutdown hook then closes it
     * cleanly), so a process that opens the store several times — the demo, the tests — never
     * closes and reopens the file in quick succession, which H2's lock-file watchdog handles badly
     * under load. A command-line run opens the store once either way.
     */
    static String embeddedOptions(String url) {
        boolean embeddedFile = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./")
                || url.startsWith("jdbc:h2:/") || url.startsWith("jdbc:h2:~");
        if (embeddedFile && !url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_DELAY")) {
            return url + ";DB_CLOSE_DELAY=-1";
        }
        return url;
    }

    /**
     * Makes H2 write each commit to its file before the commit returns. By default H2 writes from a
     * background thread every {@code WRITE_DELAY} (500 ms): a process killed in between loses a commit
     * it has already reported, which the kill test shows. With 0 every commit is written at once;
     * the commits here are few and large, so this costs nothing noticeable. The setting is kept in the
     * database; setting it at every open covers stores made before it and URLs that ask otherwise.
     * (PostgreSQL flushes its write-ahead log at every commit unless told not to.)
     */
    private static void writeEveryCommit(Connection c, String url) {
        try (Statement st = c.createStatement()) {
            st.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            close(c);
            throw failure("cannot open the database", url, e);
        }
    }

    /** The store's schema version from Flyway's history, 0 for a new store. */
    static int schemaVersion(Connection c) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            int max = 0;
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) {
                    max = Math.max(max, Integer.parseInt(v));
                }
            }
            return max;
        } catch (SQLException e) {
            // Only a missing history table means a new store; any other failure must not trigger migrations.
            if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                return 0;
            }
            throw new StoreException("cannot read the schema version: " + firstLine(e), e);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a connection we are about to replace; nothing to do
        }
    }

    /**
     * Brings the schema up to date: the SQL migrations in db/migration, from which jOOQ's classes are
     * generated too, and the Java migrations that move data where portable SQL cannot (given here
     * rather than found on the class path, so that they stay in this package, under the tests that
     * check the store's SQL).
     */
    public static void migrate(String url, String user, String password) {
        try {
            Flyway.configure()
                    .dataSource(url, user, password)
                    .locations("classpath:db/migration")
                    .javaMigrations(new V5__ClosingListsIntoChildTables(), new V12__SealAuditChain())
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw failure("cannot prepare the database", url, e);
        }
    }

    private static Connection connect(String url, String user, String password) {
        try {
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            Connection c = driver(url).connect(url, p);
            if (c == null) {
                throw new SQLException("the driver does not take this URL");
            }
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            throw failure("cannot open the database", url, e);
        }
    }

    /**
     * The driver of the store's database, taken directly rather than from {@link java.sql.DriverManager}: the manager's first
     * use looks for {@code META-INF/services/java.sql.Driver} in every jar of the class path (forty of them, reports
     * and charts included) and starts each driver it finds, PostgreSQL's for an H2 store too, which cost a command
     * about 0.1 s. Only the two databases {@link #dialect} accepts reach here.
     */
    private static Driver driver(String url) {
        return dialect(url) == SQLDialect.H2 ? new org.h2.Driver() : new org.postgresql.Driver();
    }

    /**
     * A failure to report without leaking a password: drivers and Flyway put the URL they were given
     * into their messages, so the message is redacted and the original exception, whose message and
     * causes hold the raw URL, is not kept (its class and SQL state are).
     */
    /** For tests of the redaction: {@link #failure}. */
    public static StoreException failureForTest(String what, String url, Exception e) {
        return failure(what, url, e);
    }

    static StoreException failure(String what, String url, Exception e) {
        String message = redact(firstLine(e).replace(url, redact(url)));
        String state = e instanceof SQLException sql && sql.getSQLState() != null ? " [" + sql.getSQLState() + "]" : "";
        RuntimeException cause = new RuntimeException(e.getClass().getName() + state + ": " + message);
        cause.setStackTrace(new StackTraceElement[0]);
        return new StoreException(what + " " + redact(url) + ": " + message, cause);
    }

    /** How long a process that serves an H2 store to others waits for them before it ends anyway. */
    static final Duration OTHERS_PATIENCE = Duration.ofMinutes(10);

    /**
     * Before a process closes an H2 store that other processes reach through it (AUTO_SERVER: the first
     * process to open the file serves it to the later ones), waits until they are done. When the
     * serving process ends, H2 rolls back every open transaction of the others — their import or
     * closing would fail for no fault of theirs (nothing half-stored, but an error all the same).
     * A process that reaches the store through another one has nothing to wait for. Bounded by
     * {@link #OTHERS_PATIENCE}, in case another process hangs.
     */
    static void awaitOtherProcesses(Connection c) throws SQLException {
        long deadline = System.nanoTime() + OTHERS_PATIENCE.toNanos();
        try (Statement st = c.createStatement()) {
            if (!servesOthers(st)) {
                return;
            }
            while (System.nanoTime() < deadline && otherSessions(st) > 0) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Whether this connection is embedded, i.e. this process holds the file (and serves any others). */
    private static boolean servesOthers(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery(
                "SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
            return rs.next() && rs.getString(1) == null;
        }
    }

    /** Sessions of other processes; those of this process (other connections, other threads) are its own affair. */
    private static int otherSessions(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A URL without any password parameter, safe to print or log. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;\\s]*", "$1***")
                .replaceAll("(//[^/:@\\s]*:)[^@/\\s]*@", "$1***@");
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
