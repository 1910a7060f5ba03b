package se.balans.store;

import java.nio.file.Path;

import se.balans.store.testing.TestDatabase;

/** Older stores upgraded on an H2 file. */
class H2StoreMigrationTest extends StoreMigrationTest {
    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }
}
