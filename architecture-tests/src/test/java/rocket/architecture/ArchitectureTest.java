package rocket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rocket's production code follows every architecture rule. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("rocket");
    private static final ArchitectureRules RULES = ArchitectureRules.forRoot("rocket");

    @Test
    void everyModuleHasClassesToCheck() {
        List<String> modules = List.of("domain", "application", "adapters.http", "adapters.persistence",
                "adapters.storage", "adapters.expressions", "bootstrap");
        for (String module : modules) {
            String prefix = "rocket." + module + ".";
            assertThat(CLASSES.stream().map(JavaClass::getName).filter(name -> name.startsWith(prefix)))
                    .as("classes under %s", prefix).isNotEmpty();
        }
    }

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
    void onlyThePersistenceAdapterTouchesSql() {
        RULES.onlyPersistenceTouchesSql().check(CLASSES);
    }

    @Test
    void onlyTheHttpAdapterTouchesJavalinOrJetty() {
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

    @Test
    void portsAreInterfacesOrValueTypes() {
        RULES.portsAreInterfacesOrValues().check(CLASSES);
    }
}
