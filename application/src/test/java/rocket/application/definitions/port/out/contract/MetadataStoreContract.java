package rocket.application.definitions.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.StoredDefinition;

/**
 * What every {@link MetadataStore} must do: entity and relation documents round-trip unchanged, names are unique,
 * lists are by name, and deleting an entity takes its relations with it.
 */
public abstract class MetadataStoreContract {
    protected MetadataStore metadata;

    protected abstract MetadataStore emptyMetadata();

    @BeforeEach
    void noDefinitions() {
        metadata = emptyMetadata();
    }

    private static Map<String, Object> entity(String name) {
        return Map.of("name", name, "table", name + "s", "soft_delete", true,
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "n", "type", "int")));
    }

    @Test
    void anEntityDocumentRoundTripsAndItsNameIsTakenOnce() {
        assertThat(metadata.insertEntity("post", "posts", entity("post"))).isTrue();
        assertThat(metadata.insertEntity("post", "other_posts", entity("other"))).isFalse();

        StoredDefinition stored = metadata.entity("post").orElseThrow();
        assertThat(stored.tableName()).isEqualTo("posts");
        assertThat(stored.definition()).isEqualTo(entity("post"));
        assertThat(stored.createdAt()).isNotNull();
        assertThat(stored.updatedAt()).isNotNull();
        assertThat(metadata.entity("missing")).isEmpty();
    }

    @Test
    void entitiesAndRelationsAreListedByName() {
        metadata.insertEntity("zebra", "zebras", entity("zebra"));
        metadata.insertEntity("ant", "ants", entity("ant"));
        metadata.insertRelation("zebra_ants", "zebra", "ant", Map.of("type", "one_to_many"));
        metadata.insertRelation("ant_zebras", "ant", "zebra", Map.of("type", "one_to_many"));

        assertThat(metadata.entities()).extracting(StoredDefinition::name).containsExactly("ant", "zebra");
        assertThat(metadata.relations()).extracting(StoredDefinition::name).containsExactly("ant_zebras", "zebra_ants");
    }

    @Test
    void anUpdateReplacesTheDocumentAndReportsWhetherTheEntityExisted() {
        metadata.insertEntity("post", "posts", entity("post"));

        assertThat(metadata.updateEntity("post", "articles", entity("article"))).isTrue();
        assertThat(metadata.updateEntity("missing", "x", entity("x"))).isFalse();

        StoredDefinition stored = metadata.entity("post").orElseThrow();
        assertThat(stored.tableName()).isEqualTo("articles");
        assertThat(stored.definition()).isEqualTo(entity("article"));
        assertThat(stored.updatedAt()).isAfterOrEqualTo(stored.createdAt());
        assertThat(metadata.entity("missing")).isEmpty();
    }

    @Test
    void aRelationRoundTripsWithItsEndsAndIsUpdatedAndDeletedOnce() {
        metadata.insertEntity("post", "posts", entity("post"));
        metadata.insertEntity("tag", "tags", entity("tag"));
        Map<String, Object> definition = Map.of("type", "many_to_many", "join_table", "post_tags");
        assertThat(metadata.insertRelation("post_tags", "post", "tag", definition)).isTrue();
        assertThat(metadata.insertRelation("post_tags", "tag", "post", Map.of())).isFalse();

        StoredDefinition stored = metadata.relation("post_tags").orElseThrow();
        assertThat(stored.source()).isEqualTo("post");
        assertThat(stored.target()).isEqualTo("tag");
        assertThat(stored.definition()).isEqualTo(definition);

        assertThat(metadata.updateRelation("post_tags", "tag", "post", Map.of("type", "one_to_many"))).isTrue();
        assertThat(metadata.updateRelation("missing", "post", "tag", Map.of())).isFalse();
        StoredDefinition updated = metadata.relation("post_tags").orElseThrow();
        assertThat(List.of(updated.source(), updated.target())).containsExactly("tag", "post");
        assertThat(updated.definition()).isEqualTo(Map.of("type", "one_to_many"));

        assertThat(metadata.deleteRelation("post_tags")).isTrue();
        assertThat(metadata.deleteRelation("post_tags")).isFalse();
        assertThat(metadata.relation("post_tags")).isEmpty();
    }

    @Test
    void deletingAnEntityDeletesEveryRelationItIsAnEndOfAndNoOther() {
        metadata.insertEntity("author", "authors", entity("author"));
        metadata.insertEntity("book", "books", entity("book"));
        metadata.insertEntity("shelf", "shelves", entity("shelf"));
        metadata.insertRelation("author_books", "author", "book", Map.of());
        metadata.insertRelation("book_shelves", "shelf", "book", Map.of());
        metadata.insertRelation("shelf_authors", "shelf", "author", Map.of());

        assertThat(metadata.deleteEntity("book")).isTrue();
        assertThat(metadata.deleteEntity("book")).isFalse();

        assertThat(metadata.entities()).extracting(StoredDefinition::name).containsExactly("author", "shelf");
        assertThat(metadata.relations()).extracting(StoredDefinition::name).containsExactly("shelf_authors");
    }
}
