package rocket.bootstrap.http;

/** Every test of {@link HttpCachingHttpTest}, on apps whose database is a SQLite file. */
class SqliteHttpCachingHttpTest extends HttpCachingHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
