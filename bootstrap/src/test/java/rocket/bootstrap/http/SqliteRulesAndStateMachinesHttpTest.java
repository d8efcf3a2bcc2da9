package rocket.bootstrap.http;

/** Every test of {@link RulesAndStateMachinesHttpTest}, on SQLite apps. */
class SqliteRulesAndStateMachinesHttpTest extends RulesAndStateMachinesHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
