package rocket.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** POST of a project with 5 tasks in one nested write (one transaction, children get the parent's key). */
final class NestedCreateScenario implements Scenario {
    @Override
    public String name() {
        return "nested-create";
    }

    @Override
    public IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception {
        Schema.apply(app, Map.of(
                "entities", List.of(
                        Schema.entity("project", "projects", List.of(Schema.field("name", "string"))),
                        Schema.entity("task", "tasks", List.of(Schema.field("project_id", "uuid"),
                                Schema.field("title", "string"), Schema.field("position", "int")))),
                "relations", List.of(Schema.oneToMany("project_tasks", "project", "task", "project_id"))));
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tasks.add(Map.of("title", "Task " + i, "position", i));
        }
        RequestStream create = RequestStream.repeating(app.jsonRequest("POST", "/project",
                Map.of("name", "Launch", "project_tasks", Map.of("data", tasks))));
        return worker -> create;
    }
}
