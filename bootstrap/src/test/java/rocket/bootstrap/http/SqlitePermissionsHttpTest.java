package rocket.bootstrap.http;

/** Every test of {@link PermissionsHttpTest}, on SQLite apps. */
class SqlitePermissionsHttpTest extends PermissionsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
