package rocket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule fails on deliberately bad fixtures and names the offending classes, so no rule passes vacuously. */
class RulesCatchViolationsTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixture.rocket");
    private static final ArchitectureRules RULES = ArchitectureRules.forRoot("archfixture.rocket");

    private static void assertViolatedBy(ArchRule rule, String... badClasses) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        String report = result.getFailureReport().toString();
        for (String badClass : badClasses) {
            assertThat(report).as(rule.getDescription()).contains("archfixture.rocket." + badClass);
        }
    }

    @Test
    void domainThatUsesAThirdPartyLibraryIsRejected() {
        assertViolatedBy(RULES.domainDependsOnlyOnTheJdk(), "domain.BadDomainUsesJackson", "domain.BadDomainUsesJooq");
    }

    @Test
    void applicationThatUsesAFrameworkOrAnAdapterIsRejected() {
        assertViolatedBy(RULES.applicationDependsOnlyOnDomainAndTheJdk(),
                "application.service.BadServiceUsesJavalin", "application.service.BadServiceCallsAdapter");
    }

    @Test
    void adapterThatCallsAnotherAdapterIsRejected() {
        assertViolatedBy(RULES.adaptersDoNotDependOnEachOther(),
                "adapters.http.BadRouteCallsStore", "adapters.expressions.BadEngineReadsStorage");
    }

    @Test
    void coreThatReachesIntoAnAdapterIsRejected() {
        assertViolatedBy(RULES.onlyBootstrapDependsOnAdapters(), "application.service.BadServiceCallsAdapter");
    }

    @Test
    void sqlOutsideThePersistenceAdapterIsRejected() {
        assertViolatedBy(RULES.onlyPersistenceTouchesSql(),
                "adapters.http.BadRouteRunsSql", "domain.BadDomainUsesJooq");
    }

    @Test
    void javalinOrJettyOutsideTheHttpAdapterIsRejected() {
        assertViolatedBy(RULES.onlyHttpTouchesJavalin(),
                "application.service.BadServiceUsesJavalin", "bootstrap.BadBootstrapStartsJetty");
    }

    @Test
    void theObjectStoreSdkOutsideTheStorageAdapterIsRejected() {
        assertViolatedBy(RULES.onlyStorageTouchesObjectStores(), "bootstrap.BadBootstrapBuildsS3Client");
    }

    @Test
    void injectionAnnotationsOutsideBootstrapAreRejected() {
        assertViolatedBy(RULES.onlyBootstrapUsesDependencyInjection(),
                "adapters.persistence.BadStoreWithInject", "adapters.storage.BadStorageModule");
    }

    @Test
    void packageCycleIsRejected() {
        assertViolatedBy(RULES.packagesAreFreeOfCycles(), "cycle.a.CycleA", "cycle.b.CycleB");
    }

    @Test
    void portThatIsAConcreteClassIsRejected() {
        assertViolatedBy(RULES.portsAreInterfacesOrValues(), "application.port.out.BadStoreIsAClass");
    }

    @Test
    void adapterThatCallsAServiceIsRejected() {
        assertViolatedBy(RULES.adaptersUseOnlyPorts(), "adapters.http.BadRouteCallsService");
    }

    @Test
    void serviceThatTakesTheAppRegistryIsRejected() {
        assertViolatedBy(RULES.servicesReceiveStoresNotTheRegistry(), "application.orders.BadServiceTakesTheRegistry",
                "application.orders.BadServiceReachesTheDatabase");
    }

    @Test
    void sqlTextOutsideTheAllowListedClassIsRejected() {
        EvaluationResult result = RULES.plainSqlOnlyIn("adapters.persistence.sql.PlainSql")
                .evaluate(ArchitectureTest.withLibraries("archfixture.rocket"));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("BadStoreWritesSqlText.byJooq", "org.jooq.impl.DSL.field(java.lang.String)")
                .contains("BadStoreWritesSqlText.byJdbc", "java.sql.Statement.execute(java.lang.String)");
    }
}
