package rocket.application.definitions.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.definitions.port.out.SchemaMigrator;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.metadata.OnDelete;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationType;
import rocket.domain.metadata.WriteMode;

/**
 * What every {@link SchemaMigrator} must do, seen through the record store: tables follow their entity (created,
 * columns added, int widened to bigint, unique values enforced), re-running changes nothing, nothing is ever dropped
 * (a field removed and added back finds its values), an unsafe change is VALIDATION_FAILED naming the column, and
 * a migration is part of the caller's transaction.
 */
public abstract class SchemaMigratorContract {
    /** The migrator, a record store and the transactions of the same database, which has no business tables. */
    public record Stores(SchemaMigrator schema, RecordStore records, TransactionRunner transactions) {
    }

    protected Stores stores;
    private SchemaMigrator schema;
    private RecordStore records;

    protected abstract Stores emptyDatabase();

    @BeforeEach
    void noBusinessTables() {
        stores = emptyDatabase();
        schema = stores.schema();
        records = stores.records();
    }

    /** An {@code item} entity on table {@code items}: a generated uuid key, a required title and the given fields. */
    @SafeVarargs
    private static Entity items(Map<String, Object>... fields) {
        List<Map<String, Object>> all = new ArrayList<>(List.of(Map.of("name", "id", "type", "uuid"),
                Map.of("name", "title", "type", "string", "required", true)));
        all.addAll(List.of(fields));
        return EntityDefinitions.parse(Map.of("name", "item", "table", "items",
                "primary_key", Map.of("field", "id", "generated", true), "fields", all));
    }

    private static Map<String, Object> field(String name, String type) {
        return Map.of("name", name, "type", type, "nullable", true);
    }

    private Map<String, Object> read(Entity entity, Object id) {
        return records.findOne(entity, entity.pkField(), id).orElseThrow();
    }

    @Test
    void aNewEntityGetsATableWithItsKeyColumnsAndDefaults() {
        Entity entity = items(field("views", "int"), Map.of("name", "status", "type", "string", "default", "draft"));

        schema.migrate(entity);
        Object id = records.insert(entity, Map.of("title", "first", "views", 3)).get("id");

        assertThat(read(entity, id)).containsEntry("title", "first").containsEntry("views", 3)
                .containsEntry("status", "draft");
    }

    @Test
    void migratingAgainChangesNothingAndKeepsTheRows() {
        Entity entity = items(Map.of("name", "code", "type", "string", "unique", true, "nullable", true));
        schema.migrate(entity);
        Object id = records.insert(entity, Map.of("title", "kept", "code", "A")).get("id");

        schema.migrate(entity);
        schema.migrate(entity);

        assertThat(read(entity, id)).containsEntry("title", "kept").containsEntry("code", "A");
        assertThat(records.count(entity, List.of())).isEqualTo(1);
    }

    @Test
    void aNewFieldIsAddedAsANullableColumnAndExistingRowsStay() {
        Entity before = items();
        schema.migrate(before);
        Object old = records.insert(before, Map.of("title", "old")).get("id");

        Entity after = items(Map.of("name", "rating", "type", "int", "required", true));
        schema.migrate(after);
        Object fresh = records.insert(after, Map.of("title", "new", "rating", 5)).get("id");

        assertThat(read(after, old)).containsEntry("title", "old").containsEntry("rating", null);
        assertThat(read(after, fresh)).containsEntry("rating", 5);
    }

    @Test
    void aFieldRemovedFromTheEntityKeepsItsColumnAndValues() {
        Entity with = items(field("views", "int"));
        schema.migrate(with);
        Object id = records.insert(with, Map.of("title", "counted", "views", 42)).get("id");

        schema.migrate(items());
        schema.migrate(with);

        assertThat(read(with, id)).containsEntry("views", 42);
    }

    @Test
    void intWidensToBigintAndKeepsItsValues() {
        Entity narrow = items(field("views", "int"));
        schema.migrate(narrow);
        Object small = records.insert(narrow, Map.of("title", "small", "views", 7)).get("id");

        Entity wide = items(field("views", "bigint"));
        schema.migrate(wide);
        Object big = records.insert(wide, Map.of("title", "big", "views", 5_000_000_000L)).get("id");

        assertThat(((Number) read(wide, small).get("views")).longValue()).isEqualTo(7);
        assertThat(read(wide, big)).containsEntry("views", 5_000_000_000L);
    }

    @Test
    void anUnsafeTypeChangeIsRefusedNamingTheColumn() {
        schema.migrate(items(field("views", "string")));

        RocketException refused = catchThrowableOfType(RocketException.class,
                () -> schema.migrate(items(field("views", "int"))));

        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused).hasMessageContaining("views");
    }

    @Test
    void aFieldMadeUniqueLaterIsEnforcedAsAConflict() {
        schema.migrate(items(field("code", "string")));
        Entity unique = items(Map.of("name", "code", "type", "string", "unique", true, "nullable", true));
        schema.migrate(unique);
        records.insert(unique, Map.of("title", "a", "code", "X"));

        RocketException conflict = catchThrowableOfType(RocketException.class,
                () -> records.insert(unique, Map.of("title", "b", "code", "X")));

        assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void aMigrationRolledBackWithTheCallersTransactionLeavesNoTable() {
        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            schema.migrate(items(field("views", "string")));
            throw new IllegalStateException("the metadata write failed");
        })).isInstanceOf(IllegalStateException.class);

        Entity other = items(field("views", "int"));
        schema.migrate(other); // a views column of type text would make this an unsafe change
        Object id = records.insert(other, Map.of("title", "t", "views", 1)).get("id");
        assertThat(read(other, id)).containsEntry("views", 1);
    }

    @Test
    void aJoinTableIsCreatedOnceAndLinksItsEnds() {
        Entity items = items();
        Entity tags = EntityDefinitions.parse(Map.of("name", "tag", "table", "tags",
                "primary_key", Map.of("field", "id", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "name", "type", "string"))));
        Relation itemTags = new Relation("item_tags", RelationType.MANY_TO_MANY, "item", "tag", "id", null,
                "item_tags", "item_id", "tag_id", null, OnDelete.CASCADE, null, WriteMode.DIFF);
        schema.migrate(items);
        schema.migrate(tags);

        schema.createJoinTable(itemTags, items, tags);
        schema.createJoinTable(itemTags, items, tags);
        Object item = records.insert(items, Map.of("title", "i")).get("id");
        Object tag = records.insert(tags, Map.of("name", "t")).get("id");
        records.link(itemTags, item, tag, false);

        assertThat(records.links(itemTags, "item_id", List.of(item))).containsExactly(Map.entry(item, tag));
    }

    @Test
    void indexingAForeignKeyTwiceIsHarmless() {
        Entity authors = EntityDefinitions.parse(Map.of("name", "author", "table", "authors",
                "primary_key", Map.of("field", "id", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "name", "type", "string"))));
        Entity books = items(field("author_id", "uuid"));
        Relation authorBooks = new Relation("author_books", RelationType.ONE_TO_MANY, "author", "item", "id",
                "author_id", null, null, null, null, OnDelete.CASCADE, null, WriteMode.DIFF);
        schema.migrate(authors);
        schema.migrate(books);
        Object author = records.insert(authors, Map.of("name", "a")).get("id");

        schema.indexForeignKey(authorBooks, books);
        schema.indexForeignKey(authorBooks, books);
        records.insert(books, Map.of("title", "b", "author_id", author));

        assertThat(records.countWhere(books, books.field("author_id").orElseThrow(), author)).isEqualTo(1);
    }
}
