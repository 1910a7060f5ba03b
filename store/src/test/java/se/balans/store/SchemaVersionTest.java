package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.balans.store.jooq.Database;

/**
 * Opening skips Flyway when the store is at SCHEMA_VERSION, so that constant must be the newest
 * migration: an SQL script in db/migration or a Java migration beside the store's code.
 */
class SchemaVersionTest {

    @Test
    void schemaVersionIsTheNewestMigration() throws IOException {
        int newest = Math.max(newest(Path.of("src/main/resources/db/migration"), "sql"),
                newest(Path.of("src/main/java/se/balans/store/jooq"), "java"));
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    private static int newest(Path dir, String extension) throws IOException {
        Pattern v = Pattern.compile("V(\\d+)__.*\\." + extension);
        int newest = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = v.matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return newest;
    }
}
