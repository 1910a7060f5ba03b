package se.balans.store;

import java.nio.file.Path;

import se.balans.store.testing.TestDatabase;

/** The copy from an H2 file into a PostgreSQL schema, as a finance unit moves to a shared server. */
class H2ToPostgresStoreCopyTest extends StoreCopyTest {
    @Override
    TestDatabase source(Path dir) {
        return TestDatabase.h2(dir);
    }

    @Override
    TestDatabase target(Path dir) {
        return TestDatabase.postgres();
    }
}
