package rocket.bootstrap.http;

/** Every webhook action test over HTTP, on apps whose database is a SQLite file. */
class SqliteWebhookActionsHttpTest extends WebhookActionsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
