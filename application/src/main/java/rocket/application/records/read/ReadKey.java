package rocket.application.records.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.domain.permission.ReadScope;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;

/**
 * An injective text encoding of what a read depends on, the base of its ETag and result-cache key. Every part is
 * self-delimiting (strings carry their length, numbers and markers their own terminator, lists their size), so two
 * different sequences of parts never encode to the same text: {@code in ["a, b"]} and {@code in ["a","b"]}, or two
 * filters on one field and one filter whose value contains a comma, always get different keys.
 */
final class ReadKey {
    private final StringBuilder text = new StringBuilder();

    ReadKey text(String value) {
        if (value == null) {
            text.append('~');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        return this;
    }

    ReadKey number(long value) {
        text.append('#').append(value).append(';');
        return this;
    }

    /** A typed value (filter values are Strings, Longs, BigDecimals, UUIDs, timestamps, ...). */
    ReadKey value(Object value) {
        if (value == null) {
            text.append('~');
            return this;
        }
        return text(value.getClass().getName()).text(value.toString());
    }

    /**
     * A JSON-ready value, JSON documents included: an object's members are keyed sorted by name (a document's
     * member order carries no meaning), an array's items in order.
     */
    ReadKey document(Object value) {
        switch (value) {
            case Map<?, ?> object -> {
                text("{").number(object.size());
                object.entrySet().stream().sorted(Comparator.comparing(entry -> String.valueOf(entry.getKey())))
                        .forEach(entry -> text(String.valueOf(entry.getKey())).document(entry.getValue()));
            }
            case List<?> array -> {
                text("[").number(array.size());
                array.forEach(this::document);
            }
            case null, default -> value(value);
        }
        return this;
    }

    /**
     * A permission scope or a plan's filters: field, operator and every value of each, in order; a disjunction of
     * read policies as its conjunctions, each keyed the same way (the caller's resolved variables are values here).
     */
    ReadKey filters(List<Filter> filters) {
        number(filters.size());
        for (Filter filter : filters) {
            if (filter.operator() == FilterOperator.ANY_OF) {
                text(filter.operator().wireName()).number(filter.values().size());
                filter.conjunctions().forEach(this::filters);
                continue;
            }
            text(filter.field().name()).text(filter.operator().wireName()).number(filter.values().size());
            filter.values().forEach(this::value);
        }
        return this;
    }

    /** The caller's scope of a read: every entity it returns rows of, with its row filter and readable fields. */
    ReadKey scope(ReadScope scope) {
        number(scope.byEntity().size());
        scope.byEntity().forEach((entity, rowFilter) -> text(entity).rowFilter(rowFilter)
                .fields(scope.readable(entity)));
        return this;
    }

    /** A set of field names that may be "every field" — distinct from any list of names. */
    private ReadKey fields(Optional<Set<String>> fields) {
        if (fields.isEmpty()) {
            text.append('*');
            return this;
        }
        return anyOrder(List.copyOf(fields.get()));
    }

    /** A read filter that may be "nothing at all" (a condition no row can meet) — distinct from "no filter". */
    ReadKey rowFilter(Optional<List<Filter>> rowFilter) {
        if (rowFilter.isEmpty()) {
            text.append('!');
            return this;
        }
        return filters(rowFilter.get());
    }

    /** Parts whose order carries no meaning (a conjunction of filters): keyed sorted, so any order gives one key. */
    ReadKey anyOrder(List<String> parts) {
        return texts(parts.stream().sorted().toList());
    }

    ReadKey texts(Collection<String> values) {
        number(values.size());
        values.forEach(this::text);
        return this;
    }

    /** Appends another key's parts (still injective: every part delimits itself). */
    ReadKey append(ReadKey other) {
        text.append(other.text);
        return this;
    }

    /** A short, URL-safe SHA-256 digest (144 bits) of the encoding. */
    String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
