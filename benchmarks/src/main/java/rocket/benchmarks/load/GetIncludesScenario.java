package rocket.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** One order by id with three includes: its customer (belongs-to), 5 lines (one-to-many), 3 tags (many-to-many). */
final class GetIncludesScenario implements Scenario {
    private static final String ORDER = Schema.id(2, 0);
    private static final String CUSTOMER = Schema.id(3, 0);
    private static final String PATH = "/order/" + ORDER + "?include=customer,order_lines,order_tags";

    @Override
    public String name() {
        return "get-includes";
    }

    @Override
    public IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(Map.of("id", Schema.id(4, i), "order_id", ORDER, "product", "Product " + i, "qty", i + 1));
        }
        List<Map<String, Object>> tags = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tags.add(Map.of("id", Schema.id(5, i), "label", "tag-" + i));
            links.add(Map.of("order_id", ORDER, "tag_id", Schema.id(5, i)));
        }
        Schema.apply(app, Map.of(
                "entities", List.of(
                        Schema.entity("customer", "customers", List.of(Schema.field("name", "string"))),
                        Schema.entity("order", "orders", List.of(Schema.field("customer_id", "uuid"),
                                Schema.field("number", "int"))),
                        Schema.entity("order_line", "order_lines", List.of(Schema.field("order_id", "uuid"),
                                Schema.field("product", "string"), Schema.field("qty", "int"))),
                        Schema.entity("tag", "tags", List.of(Schema.field("label", "string")))),
                "relations", List.of(
                        Schema.oneToMany("customer_orders", "customer", "order", "customer_id"),
                        Schema.oneToMany("order_lines", "order", "order_line", "order_id"),
                        Schema.manyToMany("order_tags", "order", "tag", "order_tags", "order_id", "tag_id")),
                "sample_data", Map.of(
                        "customer", List.of(Map.of("id", CUSTOMER, "name", "Ada")),
                        "order", List.of(Map.of("id", ORDER, "customer_id", CUSTOMER, "number", 1)),
                        "order_line", lines, "tag", tags, "order_tags", links)));
        JsonNode order = app.get(PATH).get("data");
        if (!order.at("/customer/id").asText().equals(CUSTOMER) || order.get("order_lines").size() != 5
                || order.get("order_tags").size() != 3) {
            throw new IllegalStateException("includes not as expected: " + order);
        }
        RequestStream get = RequestStream.repeating(app.request(PATH).GET().build());
        return worker -> get;
    }
}
