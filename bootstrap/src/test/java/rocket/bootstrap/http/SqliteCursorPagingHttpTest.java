package rocket.bootstrap.http;

/** Every test of {@link CursorPagingHttpTest}, on SQLite apps. */
class SqliteCursorPagingHttpTest extends CursorPagingHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
