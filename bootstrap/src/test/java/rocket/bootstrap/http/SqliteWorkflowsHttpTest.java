package rocket.bootstrap.http;

/** Every test of {@link WorkflowsHttpTest}, on SQLite apps. */
class SqliteWorkflowsHttpTest extends WorkflowsHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
