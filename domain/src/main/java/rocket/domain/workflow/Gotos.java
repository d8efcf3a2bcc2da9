package rocket.domain.workflow;

import java.util.Map;

/** Reads the goto forms the references accept: {@code "end"}, {@code {"goto":"end"}}, {@code {"goto":"id"}}, {@code "id"}. */
public final class Gotos {
    private Gotos() {
    }

    /** The target step id, or null for the end (also when missing). */
    public static String target(Object value) {
        Object target = value instanceof Map<?, ?> map ? map.get("goto") : value;
        if (target == null) {
            return null;
        }
        String text = String.valueOf(target);
        return text.isBlank() || text.equals("end") ? null : text;
    }
}
