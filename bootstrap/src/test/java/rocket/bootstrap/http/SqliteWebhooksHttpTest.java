package rocket.bootstrap.http;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Every webhook test over HTTP, on apps whose database is a SQLite file. */
class SqliteWebhooksHttpTest extends WebhooksHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }

    @Override
    @Test
    @Disabled("several instances on one database: a SQLite file belongs to one instance (README \"SQLite apps\")")
    void twoServersOnOneDatabaseDeliverEachEventExactlyOnce() {
    }
}
