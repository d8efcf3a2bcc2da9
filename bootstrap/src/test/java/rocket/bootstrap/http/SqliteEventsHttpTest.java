package rocket.bootstrap.http;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Every test of {@link EventsHttpTest}, on apps whose database is a SQLite file. */
class SqliteEventsHttpTest extends EventsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }

    /** SQLite has no schemas: names are rendered unqualified, with SQLite's backquotes. */
    @Override
    String renderedTable(String table) {
        return "`" + table + "`";
    }

    @Override
    @Test
    @Disabled("SQLite runs in-process, so there is no round trip to save: the page and its count are two statements")
    void aCountedListIsOneStatementRoundTrip() {
    }
}
