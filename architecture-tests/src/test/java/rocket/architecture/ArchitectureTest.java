package rocket.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules hold on Rocket's production code. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("rocket");
    private static final LayerRules RULES = new LayerRules("rocket");

    @Test
    void domainDependsOnlyOnTheJdk() {
        RULES.domainDependsOnlyOnTheJdk().check(CLASSES);
    }

    @Test
    void applicationDependsOnlyOnDomainAndTheJdk() {
        RULES.applicationDependsOnlyOnDomainAndTheJdk().check(CLASSES);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        RULES.adaptersDoNotDependOnEachOther().check(CLASSES);
    }

    @Test
    void onlyBootstrapDependsOnAdapters() {
        RULES.onlyBootstrapDependsOnAdapters().check(CLASSES);
    }

    @Test
    void onlyPersistenceTouchesSql() {
        RULES.onlyPersistenceTouchesSql().check(CLASSES);
    }

    @Test
    void onlyTheHttpAdapterTouchesJavalin() {
        RULES.onlyHttpTouchesJavalin().check(CLASSES);
    }

    @Test
    void onlyBootstrapUsesDependencyInjection() {
        RULES.onlyBootstrapUsesDependencyInjection().check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        RULES.packagesAreFreeOfCycles().check(CLASSES);
    }
}
