package rocket.domain.workflow;

import java.util.Map;

/** Resolves dotted paths ({@code trigger.record.id}, {@code context.record_id}) in nested maps; missing → null. */
public final class Paths {
    private Paths() {
    }

    public static Object resolve(Map<String, Object> root, String path) {
        if (path == null) {
            return null;
        }
        Object current = root;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
