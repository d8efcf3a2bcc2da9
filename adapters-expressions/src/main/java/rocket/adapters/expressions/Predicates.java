package rocket.adapters.expressions;

import jakarta.el.LambdaExpression;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * expr-lang's closures over a list: {@code all(items, {# > 0})}, {@code filter(items, .price > 10)}. The normaliser
 * turns the closure into an EL lambda it writes itself (user text can never contain one), so these receive a
 * {@link LambdaExpression} evaluated with the same sandboxed resolvers. A null or non-list collection is empty.
 */
public final class Predicates {
    private Predicates() {
    }

    public static boolean all(Object items, Object predicate) {
        return elements(items).stream().allMatch(e -> holds(predicate, e));
    }

    public static boolean any(Object items, Object predicate) {
        return elements(items).stream().anyMatch(e -> holds(predicate, e));
    }

    public static boolean none(Object items, Object predicate) {
        return elements(items).stream().noneMatch(e -> holds(predicate, e));
    }

    /** Exactly one element satisfies the predicate. */
    public static boolean one(Object items, Object predicate) {
        return elements(items).stream().filter(e -> holds(predicate, e)).limit(2).count() == 1;
    }

    public static long count(Object items, Object predicate) {
        return elements(items).stream().filter(e -> holds(predicate, e)).count();
    }

    public static List<Object> filter(Object items, Object predicate) {
        return elements(items).stream().filter(e -> holds(predicate, e)).map(Object.class::cast).toList();
    }

    public static List<Object> map(Object items, Object mapper) {
        List<Object> mapped = new ArrayList<>();
        for (Object e : elements(items)) {
            mapped.add(lambda(mapper).invoke(ElContexts.current(), e));
        }
        return mapped;
    }

    private static boolean holds(Object predicate, Object element) {
        Object result = lambda(predicate).invoke(ElContexts.current(), element);
        if (result instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("a predicate must be true or false, got " + Numbers.describe(result));
    }

    private static LambdaExpression lambda(Object value) {
        if (value instanceof LambdaExpression lambda) {
            return lambda;
        }
        throw new IllegalArgumentException("expected a predicate such as {# > 0}");
    }

    private static List<?> elements(Object items) {
        return switch (items) {
            case null -> List.of();
            case List<?> list -> list;
            case Collection<?> c -> new ArrayList<>(c);
            case Map<?, ?> m -> new ArrayList<>(m.values());
            default -> {
                if (!items.getClass().isArray()) {
                    throw new IllegalArgumentException("expected a list, got " + Numbers.describe(items));
                }
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < Array.getLength(items); i++) {
                    list.add(Array.get(items, i));
                }
                yield list;
            }
        };
    }
}
