package rocket.bootstrap.http;

/** Every test of {@link MetadataAdminHttpTest}, on apps whose database is a SQLite file. */
class SqliteMetadataAdminHttpTest extends MetadataAdminHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
