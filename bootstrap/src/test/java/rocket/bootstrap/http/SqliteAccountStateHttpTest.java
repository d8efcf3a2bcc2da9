package rocket.bootstrap.http;

/** Every test of {@link AccountStateHttpTest}, on SQLite apps. */
class SqliteAccountStateHttpTest extends AccountStateHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
