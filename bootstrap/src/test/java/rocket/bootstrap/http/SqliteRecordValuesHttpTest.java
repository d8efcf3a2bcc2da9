package rocket.bootstrap.http;

/** Every test of {@link RecordValuesHttpTest}, on SQLite apps. */
class SqliteRecordValuesHttpTest extends RecordValuesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
