package rocket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule fails on a deliberately bad fixture, so no rule passes vacuously. */
class RulesCatchViolationsTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixture.rocket");
    private static final LayerRules RULES = new LayerRules("archfixture.rocket");

    private static void assertViolatedBy(ArchRule rule, String badClass) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(badClass);
    }

    @Test
    void domainThatUsesAThirdPartyLibraryIsRejected() {
        assertViolatedBy(RULES.domainDependsOnlyOnTheJdk(), "BadDomainUsesJackson");
    }

    @Test
    void applicationThatUsesAFrameworkIsRejected() {
        assertViolatedBy(RULES.applicationDependsOnlyOnDomainAndTheJdk(), "BadServiceUsesJavalin");
    }

    @Test
    void adapterThatCallsAnotherAdapterIsRejected() {
        assertViolatedBy(RULES.adaptersDoNotDependOnEachOther(), "BadRouteCallsStore");
    }

    @Test
    void coreThatReachesIntoAnAdapterIsRejected() {
        assertViolatedBy(RULES.onlyBootstrapDependsOnAdapters(), "BadServiceCallsAdapter");
    }

    @Test
    void sqlOutsidePersistenceIsRejected() {
        assertViolatedBy(RULES.onlyPersistenceTouchesSql(), "BadRouteRunsSql");
    }

    @Test
    void javalinOutsideTheHttpAdapterIsRejected() {
        assertViolatedBy(RULES.onlyHttpTouchesJavalin(), "BadServiceUsesJavalin");
    }

    @Test
    void daggerOutsideBootstrapIsRejected() {
        assertViolatedBy(RULES.onlyBootstrapUsesDependencyInjection(), "BadStoreWithInject");
    }

    @Test
    void packageCycleIsRejected() {
        assertViolatedBy(RULES.packagesAreFreeOfCycles(), "archfixture.rocket.cycle");
    }
}
