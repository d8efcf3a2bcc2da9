package rocket.bootstrap.http;

/** Every test of {@link MassAssignmentAndInjectionHttpTest}, on SQLite apps. */
class SqliteMassAssignmentAndInjectionHttpTest extends MassAssignmentAndInjectionHttpTest {
    @Override
    String driver() {
        return "sqlite";
    }
}
