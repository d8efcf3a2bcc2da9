package rocket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Every rule accepts a small, correctly layered fixture that uses each technology where it belongs. */
class RulesAcceptCleanCodeTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixture.clean");
    private static final ArchitectureRules RULES = ArchitectureRules.forRoot("archfixture.clean");

    private static void assertAccepted(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void pureDomainIsAccepted() {
        assertAccepted(RULES.domainDependsOnlyOnTheJdk());
    }

    @Test
    void applicationOnDomainAndPortsIsAccepted() {
        assertAccepted(RULES.applicationDependsOnlyOnDomainAndTheJdk());
    }

    @Test
    void adaptersThatOnlyUsePortsAreAccepted() {
        assertAccepted(RULES.adaptersDoNotDependOnEachOther());
    }

    @Test
    void bootstrapThatWiresAdaptersIsAccepted() {
        assertAccepted(RULES.onlyBootstrapDependsOnAdapters());
    }

    @Test
    void jooqInThePersistenceAdapterIsAccepted() {
        assertAccepted(RULES.onlyPersistenceTouchesSql());
    }

    @Test
    void javalinInTheHttpAdapterIsAccepted() {
        assertAccepted(RULES.onlyHttpTouchesJavalin());
    }

    @Test
    void theObjectStoreSdkInTheStorageAdapterIsAccepted() {
        assertAccepted(RULES.onlyStorageTouchesObjectStores());
    }

    @Test
    void daggerInBootstrapIsAccepted() {
        assertAccepted(RULES.onlyBootstrapUsesDependencyInjection());
    }

    @Test
    void oneWayPackageDependenciesAreAccepted() {
        assertAccepted(RULES.packagesAreFreeOfCycles());
    }

    @Test
    void interfacePortsAndRecordCommandsAreAccepted() {
        assertAccepted(RULES.portsAreInterfacesOrValues());
    }

    @Test
    void adaptersOnPortsAreAccepted() {
        assertAccepted(RULES.adaptersUseOnlyPorts());
    }

    @Test
    void servicesGivenTheirStoresAreAccepted() {
        assertAccepted(RULES.servicesReceiveStoresNotTheRegistry());
    }

    @Test
    void sqlTextInTheAllowListedClassIsAccepted() {
        EvaluationResult result = RULES.plainSqlOnlyIn("adapters.persistence.sql.PlainSql")
                .evaluate(ArchitectureTest.withLibraries("archfixture.clean"));
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
