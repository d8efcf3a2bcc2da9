package rocket.domain.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;

/**
 * Parses the list query string ({@code filter[f]}, {@code filter[f.op]}, {@code sort}, {@code page},
 * {@code per_page}, {@code include}, {@code cursor}) against an entity. Anything that does not resolve to declared
 * metadata is a 400, so the plan can only ever name declared columns. Unknown operators are a 400 too (the reference
 * silently treats them as {@code eq}; a typo should not quietly change a query's meaning).
 */
public final class ListQueryParser {
    private static final String FILTER_PREFIX = "filter[";

    private ListQueryParser() {
    }

    public static ListQuery parse(Entity entity, AppMetadata metadata, Map<String, List<String>> params) {
        return parse(entity, metadata, params, QueryLimits.DEFAULT);
    }

    public static ListQuery parse(Entity entity, AppMetadata metadata, Map<String, List<String>> params,
                                  QueryLimits limits) {
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String key = param.getKey();
            if (!key.startsWith("filter")) {
                continue;
            }
            String inner = key.startsWith(FILTER_PREFIX) && key.endsWith("]")
                    ? key.substring(FILTER_PREFIX.length(), key.length() - 1) : "";
            // "filter", "filters", "filter[a", "filter[]", "filter[a][b]": a client meant to filter and would
            // otherwise silently get every row
            if (inner.isEmpty() || inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0) {
                throw invalid("Malformed filter parameter: " + key);
            }
            for (String value : param.getValue() == null ? List.<String>of() : param.getValue()) {
                filters.add(filter(entity, inner, value, limits));
            }
        }
        int perPage = Math.min(positive(first(params, "per_page"), ListQuery.DEFAULT_PER_PAGE), ListQuery.MAX_PER_PAGE);
        String cursor = first(params, "cursor");
        if (cursor != null && params.containsKey("page")) {
            throw RocketException.of(ErrorCode.INVALID_CURSOR,
                    "cursor and page cannot be combined: a cursor names its own position, leave page out");
        }
        return new ListQuery(filters, sorts(entity, first(params, "sort")), page(first(params, "page"), perPage),
                perPage, includes(entity, metadata, first(params, "include")), cursor);
    }

    private static Filter filter(Entity entity, String inner, String rawValue, QueryLimits limits) {
        int dot = inner.indexOf('.');
        String fieldName = dot < 0 ? inner : inner.substring(0, dot);
        String opName = dot < 0 ? "eq" : inner.substring(dot + 1);
        // declared fields only: an implicit deleted_at is always NULL in a list, so filtering on it means nothing
        Field field = entity.field(fieldName)
                .orElseThrow(() -> RocketException.of(ErrorCode.UNKNOWN_FIELD, "Unknown filter field: " + fieldName));
        // deliberate divergence: the reference reads an unknown operator as eq, which turns a typo such as
        // filter[price.gte5]=1 into a different query; refusing it is safer
        FilterOperator op = FilterOperator.parse(opName)
                .orElseThrow(() -> invalid("Unknown filter operator: " + opName));
        if (field.type() == FieldType.JSON || field.type() == FieldType.FILE) {
            throw invalid("Field " + fieldName + " cannot be filtered");
        }
        if (op.matchesText() && !field.type().isTextual()) {
            throw invalid("Operator " + op.wireName() + " needs a string field, " + fieldName + " is "
                    + field.type().canonicalName());
        }
        String value = rawValue == null ? "" : rawValue;
        if (op == FilterOperator.LIKE && value.length() > limits.maxPatternLength()) {
            throw invalid("A like pattern may be at most " + limits.maxPatternLength() + " characters long, this one is "
                    + value.length() + " (max-pattern-length)");
        }
        List<String> parts = op.takesList() ? List.of(value.split(",", -1)) : List.of(value);
        List<Object> values = new ArrayList<>();
        for (String part : parts) {
            values.add(coerce(field, part)); // like patterns are text, kept verbatim, but still refuse NUL
        }
        return new Filter(field, op, values);
    }

    private static Object coerce(Field field, String text) {
        try {
            return FieldValues.toColumn(field, field.type() == FieldType.BOOLEAN || field.type().isTextual()
                    ? text : text.trim());
        } catch (InvalidFieldValue e) {
            throw invalid("Invalid filter value for " + field.name() + ": " + e.getMessage());
        }
    }

    private static List<Sort> sorts(Entity entity, String text) {
        List<Sort> sorts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sorts;
        }
        for (String term : text.split(",")) {
            String trimmed = term.trim();
            boolean descending = trimmed.startsWith("-");
            String name = descending ? trimmed.substring(1) : trimmed;
            Field field = entity.readableFields().stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> RocketException.of(ErrorCode.UNKNOWN_FIELD, "Unknown sort field: " + name));
            sorts.add(new Sort(field, descending));
        }
        return sorts;
    }

    /** Resolves a comma list of include names for a list: a name that does not resolve is a 400. */
    public static List<Include> includes(Entity entity, AppMetadata metadata, String text) {
        return includes(entity, metadata, text, false);
    }

    /**
     * Resolves the include names of a get-by-id, where names that do not resolve are left out, as the reference
     * does (its end-user app asks detail pages for includes that only some entities have).
     */
    public static List<Include> knownIncludes(Entity entity, AppMetadata metadata, String text) {
        return includes(entity, metadata, text, true);
    }

    private static List<Include> includes(Entity entity, AppMetadata metadata, String text, boolean lenient) {
        List<Include> includes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return includes;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            names.add(part.trim());
        }
        for (String name : names) {
            var link = metadata.link(entity.name(), name);
            if (link.isPresent()) {
                includes.add(new Include(name, link.get()));
            } else if (!lenient) {
                throw RocketException.of(ErrorCode.UNKNOWN_FIELD, "Unknown include: " + name);
            }
        }
        return includes;
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The page number. Like {@code per_page}, text that is not a positive number is ignored (page 1, the contract's
     * rule); a number whose first row lies beyond the largest offset is refused, since answering page 1 instead
     * would be a wrong answer and the offset would overflow.
     */
    private static int page(String text, int perPage) {
        long maxPage = ListQuery.MAX_OFFSET / perPage + 1;
        String digits = text == null ? "" : text.trim().replaceFirst("^\\+?0*", "");
        if (digits.matches("\\d+") && (digits.length() > 18 || Long.parseLong(digits) > maxPage)) {
            throw invalid("page must be at most " + maxPage + " with per_page " + perPage);
        }
        return positive(text, 1);
    }

    /** A positive integer, or the fallback when absent, invalid or not positive (the contract ignores those). */
    private static int positive(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            return value >= 1 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.INVALID_PAYLOAD, message);
    }
}
