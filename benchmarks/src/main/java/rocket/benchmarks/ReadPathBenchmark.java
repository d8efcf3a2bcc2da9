package rocket.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import rocket.adapters.http.support.Json;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationDefinitions;
import rocket.domain.query.ListQuery;
import rocket.domain.query.ListQueryParser;

/**
 * The CPU of a list request outside the database: parsing and planning its query (filters, sort, paging, includes,
 * all validated against metadata) and encoding a page of 25 rows as the JSON answer.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ReadPathBenchmark {
    private final Entity invoice = EntityDefinitions.parse(Map.of("name", "invoice", "table", "invoices",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "status", "type", "string"),
                    Map.of("name", "amount", "type", "decimal", "precision", 2),
                    Map.of("name", "customer_id", "type", "uuid"), Map.of("name", "issued_at", "type", "timestamp"))));
    private final Entity customer = EntityDefinitions.parse(Map.of("name", "customer", "table", "customers",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "name", "type", "string"))));
    private final AppMetadata metadata = withRelation();
    private final Map<String, List<String>> query = Map.of("filter[status]", List.of("open"),
            "filter[amount.gte]", List.of("5000"), "filter[issued_at.lt]", List.of("2026-11-01T00:00:00Z"),
            "sort", List.of("-amount,issued_at"), "page", List.of("3"), "per_page", List.of("25"),
            "include", List.of("customer"));
    private final Map<String, Object> page = page();

    private AppMetadata withRelation() {
        AppMetadata entities = new AppMetadata(List.of(invoice, customer), List.of());
        Relation invoices = RelationDefinitions.parse(Map.of("name", "invoices", "type", "one_to_many",
                "source", "customer", "target", "invoice", "target_key", "customer_id"), entities);
        return new AppMetadata(List.of(invoice, customer), List.of(invoices));
    }

    private static Map<String, Object> page() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", UUID.randomUUID().toString());
            row.put("status", "open");
            row.put("amount", new BigDecimal("5123.45").add(BigDecimal.valueOf(i)).toPlainString());
            row.put("customer_id", UUID.randomUUID().toString());
            row.put("issued_at", OffsetDateTime.of(2026, 10, 1 + i, 9, 30, 0, 0, ZoneOffset.UTC).toString());
            row.put("customer", Map.of("id", UUID.randomUUID().toString(), "name", "Customer " + i));
            rows.add(row);
        }
        return Map.of("data", rows, "meta", Map.of("page", 3, "per_page", 25, "total", 1667));
    }

    @Benchmark
    public ListQuery parseAndPlanListQuery() {
        return ListQueryParser.parse(invoice, metadata, query);
    }

    @Benchmark
    public byte[] encodePageOf25Rows() throws JsonProcessingException {
        return Json.MAPPER.writeValueAsBytes(page);
    }
}
