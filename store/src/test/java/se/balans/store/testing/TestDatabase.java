package se.balans.store.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Assumptions;

/**
 * An empty store for one test: an H2 file in a temporary directory, or a schema of its own on the
 * PostgreSQL server that {@code .ci/run} starts. The same tests run on both, so a rule that holds on
 * one and not on the other shows up as a failure, not as a surprise on a region's shared server.
 *
 * <p>PostgreSQL is found through {@code BALANS_TEST_PG_URL}, {@code BALANS_TEST_PG_USER} and
 * {@code BALANS_TEST_PG_PASSWORD}. Without them the PostgreSQL tests are skipped, unless
 * {@code BALANS_REQUIRE_POSTGRES=1} (CI), where a missing server is a failure. Each store is a fresh
 * schema ({@code currentSchema} in the URL), dropped when the test closes it: tests never see each
 * other's rows and need no database of their own.
 *
 * @param kind "H2" or "PostgreSQL", for test names and messages
 * @param url the JDBC URL a store (or a {@code balans} child process) opens
 * @param user the database user, null for H2
 * @param password the database password, null for H2
 * @param schema the PostgreSQL schema that is this store, null for H2
 */
public record TestDatabase(String kind, String url, String user, String password, String schema)
        implements AutoCloseable {

    /** The kinds, as parameterised tests name them. */
    public static final String H2 = "H2";
    public static final String POSTGRES = "PostgreSQL";

    /** A new, empty store of a kind ({@link #H2} or {@link #POSTGRES}); H2 keeps its file in {@code dir}. */
    public static TestDatabase of(String kind, Path dir) {
        return switch (kind) {
            case H2 -> h2(dir);
            case POSTGRES -> postgres();
            default -> throw new IllegalArgumentException("unknown test database " + kind);
        };
    }

    /** H2 as the command line opens it: a file, shared between processes (AUTO_SERVER). */
    public static TestDatabase h2(Path dir) {
        return new TestDatabase(H2, "jdbc:h2:file:" + dir.resolve("balans").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000", null, null, null);
    }

    /** A new, empty schema on the test PostgreSQL server; skips the test when there is none (outside CI). */
    public static TestDatabase postgres() {
        String base = System.getenv("BALANS_TEST_PG_URL");
        if (base == null || base.isBlank()) {
            if ("1".equals(System.getenv("BALANS_REQUIRE_POSTGRES"))) {
                fail("BALANS_REQUIRE_POSTGRES=1 but BALANS_TEST_PG_URL is not set: .ci/postgres did not start a server");
            }
            Assumptions.abort("no PostgreSQL server configured (BALANS_TEST_PG_URL); see docs/postgresql.md");
        }
        String user = System.getenv("BALANS_TEST_PG_USER");
        String password = System.getenv("BALANS_TEST_PG_PASSWORD");
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String schema = "balans_test_" + HexFormat.of().formatHex(random);
        try (Connection c = connect(base, user, password); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + base + ": " + e.getMessage(), e);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(POSTGRES, url, user, password, schema);
    }

    public boolean isPostgres() {
        return schema != null;
    }

    /** The environment a {@code balans} child process needs to open this store with {@code --db url()}. */
    public Map<String, String> environment() {
        if (!isPostgres()) {
            return Map.of();
        }
        return Map.of("BALANS_DB_USER", user, "BALANS_DB_PASSWORD", password);
    }

    /** A plain JDBC connection, for tests that look at the tables themselves. */
    public Connection connect() throws SQLException {
        return connect(url, user, password);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }

    /**
     * Drops the PostgreSQL schema; shuts the H2 database down, so that its file goes with its temporary
     * directory. The store keeps an embedded H2 database open until the process ends (DB_CLOSE_DELAY=-1), and
     * its lock-file watchdog then writes into a directory JUnit is deleting: a test failed now and then under
     * load with "Failed to delete temp directory … DirectoryNotEmptyException".
     */
    @Override
    public void close() throws SQLException {
        if (isPostgres()) {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        } else {
            try (Connection c = java.sql.DriverManager.getConnection(url + ";DB_CLOSE_DELAY=-1;IFEXISTS=TRUE");
                 Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                // no database was created (the test did not open it): nothing to shut down
            }
        }
    }

    @Override
    public String toString() {
        return kind;
    }
}
