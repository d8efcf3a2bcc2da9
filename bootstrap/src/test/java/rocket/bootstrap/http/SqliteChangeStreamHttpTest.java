package rocket.bootstrap.http;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Every test of {@link ChangeStreamHttpTest}, on apps whose database is a SQLite file. */
class SqliteChangeStreamHttpTest extends ChangeStreamHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }

    @Override
    @Test
    @Disabled("several instances on one database: a SQLite file belongs to one instance (README \"SQLite apps\")")
    void aWriteOnOneInstanceReachesASubscriberOnTheOtherWithinASecond() {
    }

    @Override
    @Test
    @Disabled("trims the change log over a PostgreSQL connection; SQLite's trim is covered by its change store contract")
    void anIdOlderThanTheKeptLogGetsOneResetThenLiveEvents() {
    }
}
