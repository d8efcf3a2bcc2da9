package rocket.bootstrap.http;

/** Every test of {@link NestedWritePipelineHttpTest}, on SQLite apps. */
class SqliteNestedWritePipelineHttpTest extends NestedWritePipelineHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
