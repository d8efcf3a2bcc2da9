package rocket.bootstrap.http;

/** Every test of {@link AppAuthHttpTest}, on SQLite apps. */
class SqliteAppAuthHttpTest extends AppAuthHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
