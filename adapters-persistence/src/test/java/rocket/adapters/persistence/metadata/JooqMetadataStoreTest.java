package rocket.adapters.persistence.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.adapters.persistence.schema.SystemSchema;
import rocket.adapters.persistence.sql.JooqContexts;
import rocket.adapters.persistence.sql.JooqTransactionRunner;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.StoredDefinition;

/** The metadata store and thread-bound transactions against a real PostgreSQL. */
class JooqMetadataStoreTest {
    private static EmbeddedPostgres postgres;
    private static MetadataStore store;
    private static TransactionRunner transactions;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        SystemSchema.APP.migrate(postgres.getPostgresDatabase());
        DSLContext dsl = JooqContexts.on(postgres.getPostgresDatabase());
        store = new JooqMetadataStore(dsl);
        transactions = new JooqTransactionRunner(dsl, new rocket.adapters.persistence.sql.WrittenEntities(entities -> { }));
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void entityDefinitionsRoundTripAsJsonDocuments() {
        Map<String, Object> definition = Map.of("name", "post", "table", "posts",
                "fields", List.of(Map.of("name", "id", "type", "uuid")), "soft_delete", true);
        assertThat(store.insertEntity("post", "posts", definition)).isTrue();
        assertThat(store.insertEntity("post", "posts", definition)).as("duplicate").isFalse();

        StoredDefinition stored = store.entity("post").orElseThrow();
        assertThat(stored.tableName()).isEqualTo("posts");
        assertThat(stored.definition()).isEqualTo(definition);
        assertThat(stored.createdAt()).isNotNull();
        assertThat(store.entities()).extracting(StoredDefinition::name).contains("post");
    }

    @Test
    void deletingAnEntityRemovesItsRelations() {
        store.insertEntity("author", "authors", Map.of("name", "author"));
        store.insertEntity("book", "books", Map.of("name", "book"));
        assertThat(store.insertRelation("author_books", "author", "book", Map.of("type", "one_to_many"))).isTrue();
        assertThat(store.relation("author_books")).isPresent();

        assertThat(store.deleteEntity("book")).isTrue();
        assertThat(store.relation("author_books")).isEmpty();
        assertThat(store.entity("author")).isPresent();
    }

    @Test
    void aFailureInsideATransactionRollsBackEveryWrite() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            store.insertEntity("tag", "tags", Map.of("name", "tag"));
            store.insertEntity("label", "labels", Map.of("name", "label"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(store.entity("tag")).isEmpty();
        assertThat(store.entity("label")).isEmpty();

        transactions.inTransaction(() -> store.insertEntity("tag", "tags", Map.of("name", "tag")));
        assertThat(store.entity("tag")).isPresent();
    }
}
