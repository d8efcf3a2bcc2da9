package rocket.bootstrap.http;

/** Every test of {@link ImportExportHttpTest}, on apps whose database is a SQLite file. */
class SqliteImportExportHttpTest extends ImportExportHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
