package rocket.bootstrap.http;

/** Every file test over HTTP, on apps whose database is a SQLite file. */
class SqliteFilesHttpTest extends FilesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
