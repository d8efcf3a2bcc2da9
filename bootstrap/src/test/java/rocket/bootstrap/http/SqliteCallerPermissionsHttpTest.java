package rocket.bootstrap.http;

/** Every test of {@link CallerPermissionsHttpTest}, on SQLite apps. */
class SqliteCallerPermissionsHttpTest extends CallerPermissionsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
