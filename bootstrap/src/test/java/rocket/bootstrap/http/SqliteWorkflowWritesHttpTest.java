package rocket.bootstrap.http;

/** Every test of {@link WorkflowWritesHttpTest}, on SQLite apps. */
class SqliteWorkflowWritesHttpTest extends WorkflowWritesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
