package rocket.adapters.persistence.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.adapters.persistence.contract.SqliteContractDatabases;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;

/**
 * Widening int to bigint on SQLite rebuilds the table: rows, defaults, a column no field names any more, the
 * unique index (partial for soft delete) and the integer key's sequence all survive it.
 */
class SqliteTableRebuildTest {
    @TempDir
    Path directory;

    private static Entity counters(String viewsType, boolean withNote) {
        List<Map<String, Object>> fields = new ArrayList<>(List.of(Map.of("name", "id", "type", "bigint"),
                Map.of("name", "code", "type", "string", "unique", true),
                Map.of("name", "views", "type", viewsType, "nullable", true),
                Map.of("name", "status", "type", "string", "default", "draft")));
        if (withNote) {
            fields.add(Map.of("name", "note", "type", "text", "nullable", true));
        }
        return EntityDefinitions.parse(Map.of("name", "counter", "table", "counters", "soft_delete", true,
                "primary_key", Map.of("field", "id", "generated", true), "fields", fields));
    }

    @Test
    void widenedColumnKeepsRowsIndexesDefaultsAndKeys() {
        DSLContext dsl = SqliteContractDatabases.freshAppDatabase(directory);
        JooqSchemaMigrator schema = new JooqSchemaMigrator(dsl);
        JooqRecordStore records = new JooqRecordStore(dsl, new WrittenEntities(written -> { }));
        Entity narrow = counters("int", true);
        schema.migrate(narrow);
        Object first = records.insert(narrow, Map.of("code", "A", "views", 7, "note", "kept")).get("id");
        Object deleted = records.insert(narrow, Map.of("code", "B")).get("id");
        records.delete(narrow, deleted);

        Entity wide = counters("bigint", false);
        schema.migrate(wide);
        schema.migrate(wide);

        assertThat(records.findOne(wide, wide.pkField(), first).orElseThrow())
                .containsEntry("code", "A").containsEntry("views", 7L).containsEntry("status", "draft");
        Map<String, Object> next = records.insert(wide, Map.of("code", "B", "views", 5_000_000_000L));
        assertThat(next).as("a soft-deleted value is free again; the default still applies")
                .containsEntry("views", 5_000_000_000L).containsEntry("status", "draft");
        assertThat((Long) next.get("id")).as("keys are not reused").isGreaterThan((Long) deleted);
        RocketException conflict = catchThrowableOfType(RocketException.class,
                () -> records.insert(wide, Map.of("code", "A")));
        assertThat(conflict.code()).as("the unique index survived").isEqualTo(ErrorCode.CONFLICT);
        assertThat(records.findOne(counters("bigint", true), wide.pkField(), first).orElseThrow())
                .as("the column of a removed field and its value").containsEntry("note", "kept");
    }
}
