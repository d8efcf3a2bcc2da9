package rocket.bootstrap.http;

/** Every test of {@link ReadKeysHttpTest}, on apps whose database is a SQLite file. */
class SqliteReadKeysHttpTest extends ReadKeysHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
