package rocket.bootstrap.http;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Every test of {@link QueryCacheHttpTest}, on apps whose database is a SQLite file. */
class SqliteQueryCacheHttpTest extends QueryCacheHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }

    @Override
    @Test
    @Disabled("several instances on one database: a SQLite file belongs to one instance (README \"SQLite apps\")")
    void twoInstancesOnOneDatabaseSeeEachOthersWritesAndMetadata() {
    }
}
