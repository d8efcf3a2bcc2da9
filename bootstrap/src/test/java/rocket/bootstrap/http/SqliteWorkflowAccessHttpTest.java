package rocket.bootstrap.http;

/** Every test of {@link WorkflowAccessHttpTest}, on SQLite apps. */
class SqliteWorkflowAccessHttpTest extends WorkflowAccessHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
