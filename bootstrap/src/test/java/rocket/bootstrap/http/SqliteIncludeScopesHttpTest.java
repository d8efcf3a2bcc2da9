package rocket.bootstrap.http;

/** Every test of {@link IncludeScopesHttpTest}, on SQLite apps. */
class SqliteIncludeScopesHttpTest extends IncludeScopesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
