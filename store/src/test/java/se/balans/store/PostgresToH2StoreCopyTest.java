package se.balans.store;

import java.nio.file.Path;

import se.balans.store.testing.TestDatabase;

/** The copy from a PostgreSQL schema back into an H2 file. */
class PostgresToH2StoreCopyTest extends StoreCopyTest {
    @Override
    TestDatabase source(Path dir) {
        return TestDatabase.postgres();
    }

    @Override
    TestDatabase target(Path dir) {
        return TestDatabase.h2(dir);
    }
}
