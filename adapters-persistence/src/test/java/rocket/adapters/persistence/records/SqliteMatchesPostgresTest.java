package rocket.adapters.persistence.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.adapters.persistence.contract.SqliteContractDatabases;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldValues;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

/**
 * The same rows written through the record store on PostgreSQL and on SQLite read back equal, field type by field
 * type, and the query language selects and orders the same rows on both.
 */
class SqliteMatchesPostgresTest {
    @TempDir
    static Path directory;
    private static RecordStore postgres;
    private static RecordStore sqlite;
    private static final Entity THINGS = EntityDefinitions.parse(Map.of("name", "thing", "table", "things",
            "soft_delete", true, "primary_key", Map.of("field", "id", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"),
                    Map.of("name", "label", "type", "string", "unique", true),
                    Map.of("name", "body", "type", "text", "nullable", true),
                    Map.of("name", "count", "type", "int", "nullable", true),
                    Map.of("name", "big", "type", "bigint", "nullable", true),
                    Map.of("name", "ratio", "type", "float", "nullable", true),
                    Map.of("name", "price", "type", "decimal", "precision", 2, "nullable", true),
                    Map.of("name", "amount", "type", "decimal", "nullable", true),
                    Map.of("name", "flag", "type", "boolean", "nullable", true),
                    Map.of("name", "ref", "type", "uuid", "nullable", true),
                    Map.of("name", "at", "type", "timestamp", "nullable", true),
                    Map.of("name", "day", "type", "date", "nullable", true),
                    Map.of("name", "doc", "type", "json", "nullable", true),
                    Map.of("name", "status", "type", "string", "default", "draft"))));
    private static final Entity COUNTERS = EntityDefinitions.parse(Map.of("name", "counter", "table", "counters",
            "primary_key", Map.of("field", "id", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "bigint"), Map.of("name", "name", "type", "string"),
                    Map.of("name", "step", "type", "int", "default", 1))));

    @BeforeAll
    static void bothDatabases() {
        postgres = storeOver(ContractDatabases.freshAppDatabase());
        sqlite = storeOver(SqliteContractDatabases.freshAppDatabase(directory));
        for (RecordStore store : List.of(postgres, sqlite)) {
            rows().forEach(row -> store.insert(THINGS, row));
        }
    }

    private static RecordStore storeOver(DSLContext dsl) {
        JooqSchemaMigrator schema = new JooqSchemaMigrator(dsl);
        schema.migrate(THINGS);
        schema.migrate(COUNTERS);
        return new JooqRecordStore(dsl, new WrittenEntities(written -> { }));
    }

    /** Values as the engine hands them to the store (converted by {@link FieldValues}). */
    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Field field = THINGS.field((String) namesAndValues[i]).orElseThrow();
            row.put(field.name(), FieldValues.toColumn(field, namesAndValues[i + 1]));
        }
        return row;
    }

    private static List<Map<String, Object>> rows() {
        return List.of(
                row("label", "Alpha", "body", "first 100% sure", "count", 3, "big", 5_000_000_000L, "ratio", 0.25,
                        "price", "12.5", "amount", "7", "flag", true, "ref", "6f1c1d2e-0000-4000-8000-00000000000a",
                        "at", "2026-03-01T10:15:30.123456789+02:00", "day", "2026-02-28",
                        "doc", Map.of("tags", List.of("a", "b"), "n", 1.5, "nested", Map.of("ok", true))),
                row("label", "beta", "count", -1, "price", "0.1", "amount", "0.25", "flag", false,
                        "at", "2025-12-31T23:59:59Z", "day", "2024-02-29", "doc", List.of(1, 2, 3)),
                row("label", "Gamma_x", "body", "third", "price", "1000000.99", "at", "2026-03-01T08:15:30.5Z"),
                row("label", "DELTA", "count", 3, "status", "published"),
                row("label", "delta", "count", 4));
    }

    private static Map<String, Object> withoutKey(Map<String, Object> row) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.remove("id");
        return copy;
    }

    private static Field field(String name) {
        return THINGS.field(name).orElseThrow();
    }

    private static <T> void same(Function<RecordStore, T> read) {
        assertThat(read.apply(sqlite)).isEqualTo(read.apply(postgres));
    }

    private static Function<RecordStore, List<Object>> labels(List<Filter> filters, List<Sort> sorts) {
        return store -> store.list(THINGS, filters, sorts, 100, 0).stream().map(r -> r.get("label")).toList();
    }

    @Test
    void everyFieldTypeReadsBackEqual() {
        same(store -> store.list(THINGS, List.of(), List.of(new Sort(field("label"), false)), 100, 0).stream()
                .map(SqliteMatchesPostgresTest::withoutKey).toList());
        Map<String, Object> alpha = sqlite.findOne(THINGS, field("label"), "Alpha").orElseThrow();
        assertThat(alpha.get("id")).isInstanceOf(UUID.class);
        assertThat(alpha).containsEntry("price", new BigDecimal("12.50")).containsEntry("big", 5_000_000_000L)
                .containsEntry("at", OffsetDateTime.of(2026, 3, 1, 8, 15, 30, 123_457_000, ZoneOffset.UTC))
                .containsEntry("day", LocalDate.of(2026, 2, 28)).containsEntry("status", "draft");
    }

    @Test
    void writesReturnTheRowsAsStored() {
        Map<String, Object> values = row("label", "written", "price", "3", "at", "2026-01-01T00:00:00+05:00",
                "doc", Map.of("k", "v"));
        same(store -> withoutKey(store.insert(THINGS, values)));
        same(store -> {
            Object id = store.findOne(THINGS, field("label"), "written").orElseThrow().get("id");
            return withoutKey(store.update(THINGS, id, row("amount", "2.5", "flag", true)).orElseThrow());
        });
        List<Map<String, Object>> batch = List.of(Map.of("name", "one"), Map.of("name", "two", "step", 5),
                Map.of("name", "three"));
        same(store -> store.insertAll(COUNTERS, batch).stream().map(r -> List.of(r.get("name"), r.get("step")))
                .toList());
    }

    @Test
    void filtersSelectTheSameRows() {
        List<List<Filter>> filters = new ArrayList<>(List.of(
                List.of(new Filter(field("label"), FilterOperator.LIKE, List.of("%lta"))),
                List.of(new Filter(field("label"), FilterOperator.ILIKE, List.of("%A%"))),
                List.of(new Filter(field("body"), FilterOperator.CONTAINS, List.of("100%"))),
                List.of(new Filter(field("label"), FilterOperator.CONTAINS, List.of("_"))),
                List.of(new Filter(field("label"), FilterOperator.STARTS_WITH, List.of("G"))),
                List.of(new Filter(field("price"), FilterOperator.GT, List.of(new BigDecimal("0.5")))),
                List.of(new Filter(field("amount"), FilterOperator.IN, List.of(new BigDecimal("7"),
                        new BigDecimal("0.25")))),
                List.of(new Filter(field("flag"), FilterOperator.EQ, List.of(false))),
                List.of(new Filter(field("count"), FilterOperator.NEQ, List.of(3))),
                List.of(new Filter(field("day"), FilterOperator.LTE, List.of(LocalDate.of(2026, 1, 1)))),
                List.of(new Filter(field("at"), FilterOperator.GTE,
                        List.of(OffsetDateTime.parse("2026-03-01T09:00:00+01:00")))),
                List.of(new Filter(field("ref"), FilterOperator.IN,
                        List.of(UUID.fromString("6f1c1d2e-0000-4000-8000-00000000000a")))),
                List.of(new Filter(field("status"), FilterOperator.NOT_IN, List.of("published")))));
        for (List<Filter> filter : filters) {
            List<Sort> byLabel = List.of(new Sort(field("label"), false));
            assertThat(labels(filter, byLabel).apply(sqlite)).as(filter.toString())
                    .isEqualTo(labels(filter, byLabel).apply(postgres)).isNotEmpty();
            same(store -> store.count(THINGS, filter));
        }
    }

    @Test
    void everyTypeSortsAndPagesByKeysetTheSameWayNullsIncluded() {
        for (String name : List.of("count", "big", "price", "flag", "ref", "at", "day", "body")) {
            for (boolean descending : new boolean[] {false, true}) {
                List<Sort> order = List.of(new Sort(field(name), descending), new Sort(field("label"), false));
                same(labels(List.of(), order));
                Keyset start = Keyset.first(THINGS, order);
                same(store -> {
                    List<Map<String, Object>> page = store.listAfter(THINGS, List.of(), start, 2);
                    return store.listAfter(THINGS, List.of(), start.after(page.getLast()), 10).stream()
                            .map(r -> r.get("label")).toList();
                });
            }
        }
    }

    /** What SQLite could not keep or compare exactly it refuses, in every write and in a filter; nothing is written. */
    @Test
    void sqliteRefusesDecimalsBeyondFifteenSignificantDigits() {
        Map<String, Object> precise = row("label", "precise", "amount", "1.0000000000000001");
        Object alpha = sqlite.findOne(THINGS, field("label"), "Alpha").orElseThrow().get("id");
        List<ThrowingCallable> writes = List.of(() -> sqlite.insert(THINGS, precise),
                () -> sqlite.insertAll(THINGS, List.of(row("label", "fine"), precise)),
                () -> sqlite.insertIfAbsent(THINGS, precise),
                () -> sqlite.update(THINGS, alpha, row("amount", "0.12345678901234567")),
                () -> sqlite.updateAll(THINGS, Map.of(alpha, row("amount", "12345678901234.56"))));
        for (ThrowingCallable write : writes) {
            assertThatThrownBy(write).isInstanceOfSatisfying(RocketException.class, refused -> {
                assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                assertThat(refused.details()).extracting(ErrorDetail::field).containsExactly("amount");
            });
        }
        Filter below = new Filter(field("amount"), FilterOperator.LT, List.of(new BigDecimal("1.0000000000000001")));
        assertThatThrownBy(() -> sqlite.list(THINGS, List.of(below), List.of(), 10, 0))
                .isInstanceOfSatisfying(RocketException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD));
        assertThat(sqlite.findOne(THINGS, field("label"), "fine")).isEmpty();
        assertThat(sqlite.findOne(THINGS, field("label"), "Alpha").orElseThrow()).containsEntry("amount",
                new BigDecimal("7"));
    }
}
