package rocket.bootstrap.http;

/** Every test of {@link ConditionalWritesHttpTest}, on SQLite apps. */
class SqliteConditionalWritesHttpTest extends ConditionalWritesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
