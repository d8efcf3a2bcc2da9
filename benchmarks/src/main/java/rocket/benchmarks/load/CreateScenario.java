package rocket.benchmarks.load;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** POST of a flat record (four fields, one of them an auto timestamp). */
final class CreateScenario implements Scenario {
    @Override
    public String name() {
        return "create";
    }

    @Override
    public IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception {
        Schema.apply(app, Map.of("entities", List.of(Schema.entity("contact", "contacts", List.of(
                Schema.field("name", "string"), Schema.field("email", "string"), Schema.field("age", "int"),
                Map.of("name", "created_at", "type", "timestamp", "auto", "create"))))));
        RequestStream create = RequestStream.repeating(app.jsonRequest("POST", "/contact",
                Map.of("name", "Grace Hopper", "email", "grace@example.com", "age", 85)));
        return worker -> create;
    }
}
