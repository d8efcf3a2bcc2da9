package rocket.bootstrap.http;

/** Every test of {@link RoleNamesHttpTest}, on SQLite apps. */
class SqliteRoleNamesHttpTest extends RoleNamesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
