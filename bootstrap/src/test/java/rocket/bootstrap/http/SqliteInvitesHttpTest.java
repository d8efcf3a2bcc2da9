package rocket.bootstrap.http;

/** Every test of {@link InvitesHttpTest}, on SQLite apps. */
class SqliteInvitesHttpTest extends InvitesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
