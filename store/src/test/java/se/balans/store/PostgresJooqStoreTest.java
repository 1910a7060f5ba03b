package se.balans.store;

import java.nio.file.Path;

import se.balans.store.testing.TestDatabase;

/** The store's rules on a PostgreSQL server (skipped when none is configured; required in CI). */
class PostgresJooqStoreTest extends JooqStoreTest {
    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.postgres();
    }
}
