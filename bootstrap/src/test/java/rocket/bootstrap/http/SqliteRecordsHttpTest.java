package rocket.bootstrap.http;

/** Every records test over HTTP, on an app whose database is a SQLite file. */
class SqliteRecordsHttpTest extends RecordsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
