package rocket.domain.write;

import java.util.List;
import java.util.Map;

/** A validated create/update body: column values of the declared fields present, and the nested writes. */
public record WritePlan(Map<String, Object> values, List<RelationWrite> relations) {
    public WritePlan {
        values = new java.util.LinkedHashMap<>(values); // later pipeline steps (slugs, defaults) add to it
        relations = List.copyOf(relations);
    }
}
