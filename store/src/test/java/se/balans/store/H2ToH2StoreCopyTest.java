package se.balans.store;

import java.nio.file.Path;

import se.balans.store.testing.TestDatabase;

/** The copy from an H2 file into a new one (an online backup); runs without a PostgreSQL server. */
class H2ToH2StoreCopyTest extends StoreCopyTest {
    @Override
    TestDatabase source(Path dir) {
        return TestDatabase.h2(dir);
    }

    @Override
    TestDatabase target(Path dir) {
        return TestDatabase.h2(dir);
    }
}
