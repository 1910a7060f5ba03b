package se.balans.store.jooq;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.SQLDialect;

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

    /** Migrates the schema, then connects. Credentials may be null (H2 needs none). */
    public static Connection open(String url, String user, String password) {
        dialect(url);
        try {
            Flyway.configure()
                    .dataSource(url, user, password)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare the database " + redact(url) + ": " + firstLine(e), e);
        }
        try {
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            Connection c = DriverManager.getConnection(url, p);
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + redact(url) + ": " + firstLine(e), e);
        }
    }

    /** A URL without any password parameter, safe to print or log. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
