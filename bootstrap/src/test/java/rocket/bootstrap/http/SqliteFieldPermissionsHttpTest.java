package rocket.bootstrap.http;

/** Every test of {@link FieldPermissionsHttpTest}, on SQLite apps. */
class SqliteFieldPermissionsHttpTest extends FieldPermissionsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
