package se.balans.store;

import java.nio.file.Path;

import se.balans.store.testing.TestDatabase;

/** The store's rules on an H2 file, as the command line opens it by default. */
class H2JooqStoreTest extends JooqStoreTest {
    @Override
    TestDatabase database(Path dir) {
        return TestDatabase.h2(dir);
    }
}
