package rocket.application.apps.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.AppCatalog;
import rocket.domain.app.AppInfo;
import rocket.domain.app.RegisteredApp;

/** What every {@link AppCatalog} must do: apps with their info and secret, one per name, listed by name. */
public abstract class AppCatalogContract {
    private static final Instant CREATED = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);

    protected AppCatalog catalog;

    protected abstract AppCatalog emptyCatalog();

    @BeforeEach
    void noApps() {
        catalog = emptyCatalog();
    }

    private static RegisteredApp app(String name) {
        return new RegisteredApp(new AppInfo(name, "The " + name + " app", "rocket_" + name, "postgres", "active",
                CREATED, CREATED.plusSeconds(1)), "secret-of-" + name);
    }

    @Test
    void anInsertedAppIsFoundWithEveryValueAndItsSecret() {
        assertThat(catalog.insert(app("shop"))).isTrue();

        RegisteredApp found = catalog.find("shop").orElseThrow();
        assertThat(found.info()).isEqualTo(app("shop").info());
        assertThat(found.jwtSecret()).isEqualTo("secret-of-shop");
        assertThat(catalog.find("missing")).isEmpty();
    }

    @Test
    void aNameIsTakenOnceAndTheFirstAppStays() {
        catalog.insert(app("shop"));
        RegisteredApp impostor = new RegisteredApp(new AppInfo("shop", "Other", "rocket_other", "postgres", "active",
                CREATED, CREATED), "other-secret");

        assertThat(catalog.insert(impostor)).isFalse();
        assertThat(catalog.find("shop").orElseThrow().jwtSecret()).isEqualTo("secret-of-shop");
    }

    @Test
    void appsAreListedByName() {
        catalog.insert(app("zoo"));
        catalog.insert(app("crm"));
        catalog.insert(app("mail"));

        assertThat(catalog.list()).extracting(a -> a.info().name()).containsExactly("crm", "mail", "zoo");
    }

    @Test
    void deleteRemovesOnce() {
        catalog.insert(app("shop"));
        catalog.insert(app("crm"));

        assertThat(catalog.delete("shop")).isTrue();
        assertThat(catalog.delete("shop")).isFalse();
        assertThat(catalog.list()).extracting(a -> a.info().name()).containsExactly("crm");
    }
}
