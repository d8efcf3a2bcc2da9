package rocket.bootstrap.http;

/** Every test of {@link RefusedAtSaveHttpTest}, on SQLite apps. */
class SqliteRefusedAtSaveHttpTest extends RefusedAtSaveHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
