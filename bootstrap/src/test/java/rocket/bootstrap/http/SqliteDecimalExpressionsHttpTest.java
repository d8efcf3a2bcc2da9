package rocket.bootstrap.http;

/** Every test of {@link DecimalExpressionsHttpTest}, on SQLite apps. */
class SqliteDecimalExpressionsHttpTest extends DecimalExpressionsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
