package rocket.application.apps.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppDatabaseProvisioner;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;

/**
 * What every {@link AppDatabaseProvisioner} must do: a database is created once, opens with its system tables ready
 * (and keeps its rows across a close and a reopen), reports committed business writes, and is gone once dropped.
 */
public abstract class AppDatabaseProvisionerContract {
    protected AppDatabaseProvisioner provisioner;
    private String name;

    protected abstract AppDatabaseProvisioner provisioner();

    @BeforeEach
    void aNameNoDatabaseHas() {
        provisioner = provisioner();
        name = "rocket_contract_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aDatabaseIsCreatedOnce() {
        assertThat(provisioner.create(name)).isTrue();
        assertThat(provisioner.create(name)).isFalse();
        provisioner.drop(name);
    }

    @Test
    void anOpenedDatabaseHasItsSystemTablesAndKeepsItsRowsWhenReopened() {
        provisioner.create(name);
        try (AppDatabase database = provisioner.open(name, entities -> { })) {
            assertThat(database.metadata().insertEntity("post", "posts", Map.of("name", "post"))).isTrue();
            assertThat(database.users().create("a@example.com", "h", List.of("admin"), true)).isPresent();
            assertThat(database.pool().max()).isPositive();
        }
        try (AppDatabase reopened = provisioner.open(name, entities -> { })) {
            assertThat(reopened.metadata().entity("post")).isPresent();
            assertThat(reopened.users().findByEmail("a@example.com")).isPresent();
        }
        provisioner.drop(name);
    }

    @Test
    void committedBusinessWritesAreReportedOnceVisible() {
        Entity posts = EntityDefinitions.parse(Map.of("name", "post", "table", "posts",
                "primary_key", Map.of("field", "id", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "title", "type", "string"))));
        List<Set<String>> reported = new CopyOnWriteArrayList<>();
        provisioner.create(name);
        try (AppDatabase database = provisioner.open(name, reported::add)) {
            database.transactions().inTransaction(() -> {
                database.schema().migrate(posts);
                return null;
            });
            reported.clear();

            database.transactions().inTransaction(() -> {
                database.records().insert(posts, Map.of("title", "a"));
                assertThat(reported).as("not before the commit").isEmpty();
                return null;
            });
            assertThat(reported).containsExactly(Set.of("post"));

            database.records().insert(posts, Map.of("title", "outside a transaction"));
            assertThat(reported).containsExactly(Set.of("post"), Set.of("post"));
        }
        provisioner.drop(name);
    }

    @Test
    void aDroppedDatabaseIsGoneAndDroppingAgainIsHarmless() {
        provisioner.create(name);

        provisioner.drop(name);
        provisioner.drop(name);

        assertThat(provisioner.create(name)).as("the name is free again").isTrue();
        provisioner.drop(name);
    }
}
