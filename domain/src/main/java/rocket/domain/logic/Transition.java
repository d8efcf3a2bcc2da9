package rocket.domain.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One allowed move of a state field: from any of {@code from} to {@code to}, if the guard allows. */
public record Transition(List<String> from, String to, List<String> roles, String guard, List<Map<String, Object>> actions) {
    public Transition {
        from = List.copyOf(from);
        roles = List.copyOf(roles);
        actions = List.copyOf(actions);
    }

    @SuppressWarnings("unchecked")
    static Transition of(Map<?, ?> map) {
        List<String> from = new ArrayList<>();
        if (map.get("from") instanceof List<?> list) {
            list.forEach(v -> from.add(v == null ? "" : String.valueOf(v)));
        } else if (map.get("from") != null) {
            from.add(String.valueOf(map.get("from")));
        }
        List<String> roles = new ArrayList<>();
        if (map.get("roles") instanceof List<?> list) {
            list.forEach(v -> roles.add(String.valueOf(v)));
        }
        List<Map<String, Object>> actions = new ArrayList<>();
        if (map.get("actions") instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(a -> actions.add((Map<String, Object>) a));
        }
        Object to = map.get("to");
        Object guard = map.get("guard");
        return new Transition(from, to == null ? "" : String.valueOf(to), roles,
                guard instanceof String g && !g.isBlank() ? g : null, actions);
    }
}
