package rocket.bootstrap.http;

/** Every test of {@link UsersHttpTest}, on SQLite apps. */
class SqliteUsersHttpTest extends UsersHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
