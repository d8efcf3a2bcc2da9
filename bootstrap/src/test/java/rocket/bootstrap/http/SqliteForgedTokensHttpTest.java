package rocket.bootstrap.http;

/** Every test of {@link ForgedTokensHttpTest}, on SQLite apps. */
class SqliteForgedTokensHttpTest extends ForgedTokensHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
