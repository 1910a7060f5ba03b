package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import se.balans.store.jooq.Database;

/** Drivers echo the URL they were given; what the store reports of a failure never holds a password. */
class RedactionTest {

    @Test
    void passwordsAreRedactedInEveryUrlForm() {
        assertThat(Database.redact("jdbc:postgresql://h/db?user=u&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(Database.redact("jdbc:h2:file:/x;PASSWORD=s3cr3t;MODE=X")).isEqualTo("jdbc:h2:file:/x;PASSWORD=***;MODE=X");
        assertThat(Database.redact("jdbc:postgresql://u:s3cr3t@h:5432/db")).isEqualTo("jdbc:postgresql://u:***@h:5432/db");
        assertThat(Database.redact("jdbc:postgresql://h:5432/db")).isEqualTo("jdbc:postgresql://h:5432/db");
    }

    @Test
    void aDriversMessageIsRedactedAndTheRawExceptionIsNotKept() {
        String url = "jdbc:postgresql://u:s3cr3t@h:99999999/db?password=s3cr3t";
        StoreException e = Database.failureForTest("cannot open the database", url,
                new SQLException("Unable to parse URL " + url, "08001"));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(e.getMessage()).doesNotContain("s3cr3t").contains("Unable to parse URL");
        assertThat(trace.toString()).doesNotContain("s3cr3t").contains("08001");
    }
}
