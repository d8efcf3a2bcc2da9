package rocket.bootstrap.http;

/** Every test of {@link SoftDeleteUniqueHttpTest}, on SQLite apps. */
class SqliteSoftDeleteUniqueHttpTest extends SoftDeleteUniqueHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
