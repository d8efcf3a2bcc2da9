package rocket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
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
    /** The one class allowed to hand SQL text to jOOQ. */
    static final String PLAIN_SQL_CLASS = "adapters.persistence.sql.PlainSql";

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
    void onlyTheStorageAdapterTouchesTheObjectStoreSdk() {
        RULES.onlyStorageTouchesObjectStores().check(CLASSES);
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

    @Test
    void adaptersUseOnlyPorts() {
        RULES.adaptersUseOnlyPorts().check(CLASSES);
    }

    @Test
    void servicesReceiveStoresNotTheRegistry() {
        RULES.servicesReceiveStoresNotTheRegistry().check(CLASSES);
    }

    @Test
    void plainSqlOnlyInTheAllowListedClass() {
        RULES.plainSqlOnlyIn(PLAIN_SQL_CLASS).check(withLibraries("rocket"));
    }

    /** Our classes with the library classes they use resolved (annotations like jOOQ's {@code @PlainSQL} visible). */
    static JavaClasses withLibraries(String rootPackage) {
        ArchConfiguration config = ArchConfiguration.get();
        config.setResolveMissingDependenciesFromClassPath(true);
        try {
            ClassFileImporter importer = new ClassFileImporter();
            return rootPackage.equals("rocket")
                    ? importer.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage)
                    : importer.importPackages(rootPackage);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(false);
        }
    }
}
