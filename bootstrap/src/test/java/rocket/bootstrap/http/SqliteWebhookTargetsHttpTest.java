package rocket.bootstrap.http;

/** Every webhook target test over HTTP, on apps whose database is a SQLite file. */
class SqliteWebhookTargetsHttpTest extends WebhookTargetsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
