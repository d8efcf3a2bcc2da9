package rocket.bootstrap.http;

/** Every test of {@link NamesHttpTest}, on SQLite apps. */
class SqliteNamesHttpTest extends NamesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
