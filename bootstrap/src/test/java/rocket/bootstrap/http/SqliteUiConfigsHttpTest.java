package rocket.bootstrap.http;

/** Every test of {@link UiConfigsHttpTest}, on apps whose database is a SQLite file. */
class SqliteUiConfigsHttpTest extends UiConfigsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
