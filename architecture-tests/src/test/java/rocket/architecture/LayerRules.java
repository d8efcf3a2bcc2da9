package rocket.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rocket's dependency rules as functions of a root package, so the same rules run on the real code
 * ({@code rocket}) and on deliberately bad fixtures ({@code archfixture.rocket}).
 */
final class LayerRules {
    private final String root;

    LayerRules(String root) {
        this.root = root;
    }

    private String pkg(String layer) {
        return root + "." + layer + "..";
    }

    ArchRule domainDependsOnlyOnTheJdk() {
        return noClasses().that().resideInAPackage(pkg("domain"))
                .should().dependOnClassesThat().resideOutsideOfPackages(pkg("domain"), "java..")
                .because("the domain is pure Java with zero third-party dependencies");
    }

    ArchRule applicationDependsOnlyOnDomainAndTheJdk() {
        return noClasses().that().resideInAPackage(pkg("application"))
                .should().dependOnClassesThat()
                .resideOutsideOfPackages(pkg("application"), pkg("domain"), "java..")
                .because("use cases and ports know nothing of frameworks or adapters");
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
                .because("each adapter implements ports on its own; only bootstrap combines them");
    }

    ArchRule onlyBootstrapDependsOnAdapters() {
        return noClasses().that().resideInAnyPackage(pkg("domain"), pkg("application"))
                .should().dependOnClassesThat().resideInAPackage(pkg("adapters"))
                .because("the core talks to adapters only through ports wired in bootstrap");
    }

    ArchRule onlyPersistenceTouchesSql() {
        return noClasses().that().resideOutsideOfPackage(pkg("adapters.persistence"))
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                        "com.zaxxer..", "org.flywaydb..", "org.postgresql..")
                .because("SQL, pools and migrations live in the persistence adapter only");
    }

    ArchRule onlyHttpTouchesJavalin() {
        return noClasses().that().resideOutsideOfPackage(pkg("adapters.http"))
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .because("the web framework is an HTTP-adapter detail");
    }

    ArchRule onlyBootstrapUsesDependencyInjection() {
        return noClasses().that().resideOutsideOfPackage(pkg("bootstrap"))
                .should().dependOnClassesThat().resideInAnyPackage("dagger..", "jakarta.inject..", "javax.inject..")
                .because("the object graph is wired in bootstrap only, with no annotations in inner modules");
    }

    ArchRule packagesAreFreeOfCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("cyclic packages cannot be understood or changed one at a time");
    }

    /** Every rule by a readable name. */
    Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain depends only on the JDK", domainDependsOnlyOnTheJdk());
        rules.put("application depends only on domain and the JDK", applicationDependsOnlyOnDomainAndTheJdk());
        rules.put("adapters do not depend on each other", adaptersDoNotDependOnEachOther());
        rules.put("only bootstrap depends on adapters", onlyBootstrapDependsOnAdapters());
        rules.put("only persistence touches SQL", onlyPersistenceTouchesSql());
        rules.put("only the HTTP adapter touches Javalin", onlyHttpTouchesJavalin());
        rules.put("only bootstrap uses dependency injection", onlyBootstrapUsesDependencyInjection());
        rules.put("packages are free of cycles", packagesAreFreeOfCycles());
        return rules;
    }
}
