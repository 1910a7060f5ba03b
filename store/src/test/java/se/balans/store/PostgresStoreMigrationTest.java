package se.balans.store;

import java.nio.file.Path;

import se.balans.store.testing.TestDatabase;

/** Older stores upgraded on a PostgreSQL server (skipped when none is configured; required in CI). */
class PostgresStoreMigrationTest extends StoreMigrationTest {
    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.postgres();
    }
}
