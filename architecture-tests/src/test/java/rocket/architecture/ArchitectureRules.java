package rocket.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;

/** Rocket's architecture rules as functions of a root package, so they run on real code and on fixtures alike. */
final class ArchitectureRules {
    private final String root;

    private ArchitectureRules(String root) {
        this.root = root;
    }

    /** The rules for the code under {@code root}: {@code rocket} for production, a fixture root in tests. */
    static ArchitectureRules forRoot(String root) {
        return new ArchitectureRules(root);
    }

    private String pkg(String sub) {
        return root + "." + sub + "..";
    }

    private String all() {
        return root + "..";
    }

    ArchRule domainDependsOnlyOnTheJdk() {
        return noClasses().that().resideInAPackage(pkg("domain"))
                .should().dependOnClassesThat().resideOutsideOfPackages(pkg("domain"), "java..")
                .because("the domain is plain Java with zero third-party dependencies");
    }

    /** The JDK's own cryptography (MACs for signed cursors) lives under {@code javax.crypto}: JDK, not a framework. */
    ArchRule applicationDependsOnlyOnDomainAndTheJdk() {
        return noClasses().that().resideInAPackage(pkg("application"))
                .should().dependOnClassesThat()
                .resideOutsideOfPackages(pkg("application"), pkg("domain"), "java..", "javax.crypto..")
                .because("use cases and ports know nothing of frameworks or adapters");
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
                .because("each adapter implements ports on its own and only bootstrap combines them");
    }

    ArchRule onlyBootstrapDependsOnAdapters() {
        return noClasses().that().resideInAPackage(all())
                .and().resideOutsideOfPackages(pkg("adapters"), pkg("bootstrap"))
                .should().dependOnClassesThat().resideInAPackage(pkg("adapters"))
                .because("the core reaches adapters only through ports that bootstrap wires");
    }

    ArchRule onlyPersistenceTouchesSql() {
        return noClasses().that().resideInAPackage(all())
                .and().resideOutsideOfPackage(pkg("adapters.persistence"))
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                        "com.zaxxer..", "org.flywaydb..", "org.postgresql..", "org.sqlite..")
                .because("SQL, connection pools and migrations are details of the persistence adapter");
    }

    ArchRule onlyHttpTouchesJavalin() {
        return noClasses().that().resideInAPackage(all())
                .and().resideOutsideOfPackage(pkg("adapters.http"))
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .because("the web framework and its server are details of the HTTP adapter");
    }

    ArchRule onlyStorageTouchesObjectStores() {
        return noClasses().that().resideInAPackage(all())
                .and().resideOutsideOfPackage(pkg("adapters.storage"))
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..")
                .because("the object store's SDK is a detail of the storage adapter; the core sees FileStorage");
    }

    ArchRule onlyBootstrapUsesDependencyInjection() {
        return noClasses().that().resideInAPackage(all())
                .and().resideOutsideOfPackage(pkg("bootstrap"))
                .should().dependOnClassesThat().resideInAnyPackage("dagger..", "jakarta.inject..", "javax.inject..")
                .because("the object graph is wired in bootstrap, so inner modules carry no injection annotations");
    }

    ArchRule packagesAreFreeOfCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("packages in a cycle cannot be understood or changed one at a time");
    }

    ArchRule portsAreInterfacesOrValues() {
        return classes().that().resideInAnyPackage(pkg("application..port.in"), pkg("application..port.out"))
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should().beInterfaces().orShould().beRecords().orShould().beEnums()
                .because("ports are contracts, implemented by services and adapters, and carry only value types");
    }

    ArchRule adaptersUseOnlyPorts() {
        DescribedPredicate<JavaClass> applicationOutsidePorts = resideInAPackage(pkg("application"))
                .and(not(resideInAnyPackage(pkg("application..port.in"), pkg("application..port.out"))))
                .as("application classes outside port.in/port.out");
        return noClasses().that().resideInAPackage(pkg("adapters"))
                .should().dependOnClassesThat(applicationOutsidePorts)
                .because("adapters implement and call ports; services are wired to them only in bootstrap");
    }

    /**
     * The app registry is a locator: a service that held it, or reached through a live app's context into its
     * database, could touch any store of any app. Services outside {@code application.apps} receive the stores they
     * use ({@code AppStores} lookups wired in bootstrap) instead.
     */
    ArchRule servicesReceiveStoresNotTheRegistry() {
        return noClasses().that().resideInAPackage(pkg("application"))
                .and().resideOutsideOfPackage(pkg("application.apps"))
                .should().dependOnClassesThat().haveFullyQualifiedName(root + ".application.apps.AppRegistry")
                .orShould().callMethod(root + ".application.apps.AppContext", "database")
                .because("a service's constructor names what it touches; only the composition root opens app databases");
    }

    /**
     * SQL as text: jOOQ marks every such API with {@code @PlainSQL}; JDBC statements and PostgreSQL's COPY take it as
     * their first String argument. Only the named class may do either. (jOOQ's classes must be imported for its
     * annotations to be seen.)
     */
    ArchRule plainSqlOnlyIn(String allowedClass) {
        DescribedPredicate<JavaMethodCall> sqlText = new DescribedPredicate<>("a method taking SQL text") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getName();
                if (SQL_TEXT_OWNERS.contains(owner)) {
                    var parameters = call.getTarget().getRawParameterTypes();
                    return !parameters.isEmpty() && parameters.get(0).isEquivalentTo(String.class);
                }
                return call.getTarget().resolveMember()
                        .map(method -> method.isAnnotatedWith("org.jooq.PlainSQL"))
                        .orElse(false);
            }
        };
        return noClasses().that().doNotHaveFullyQualifiedName(root + "." + allowedClass)
                .and().resideInAPackage(all())
                .should().callMethodWhere(sqlText)
                .because("SQL text is where injection lives: all of it sits in one reviewed class");
    }

    private static final java.util.Set<String> SQL_TEXT_OWNERS = java.util.Set.of("java.sql.Statement",
            "java.sql.Connection", "java.sql.PreparedStatement", "java.sql.CallableStatement",
            "org.postgresql.copy.CopyManager", "org.postgresql.copy.CopyIn");
}
