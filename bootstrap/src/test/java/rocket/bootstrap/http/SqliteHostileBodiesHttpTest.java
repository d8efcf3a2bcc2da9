package rocket.bootstrap.http;

/** Every test of {@link HostileBodiesHttpTest}, on SQLite apps. */
class SqliteHostileBodiesHttpTest extends HostileBodiesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
