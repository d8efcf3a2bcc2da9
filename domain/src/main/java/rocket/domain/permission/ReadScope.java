package rocket.domain.permission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.query.Filter;
import rocket.domain.query.Include;

/**
 * What one read may return to its caller: the read permission of the entity and of every entity its includes
 * return (a missing one is the contract's 403, naming the include), and the row filter of each of them, so rows
 * outside the caller's read conditions never appear — neither as the answer nor inside an include. The filters carry
 * the caller's resolved variables, so the read key built from them differs between callers whose rows differ. It
 * also holds the fields of each entity the caller may read (see {@link FieldPermissions}).
 */
public final class ReadScope {
    /** Entity name → its row filter; an empty Optional means no row can be visible. */
    private final Map<String, Optional<List<Filter>>> filters;
    /** Entity name → the fields the caller may read; an empty Optional means every field. */
    private final Map<String, Optional<Set<String>>> readable;

    private ReadScope(Map<String, Optional<List<Filter>>> filters, Map<String, Optional<Set<String>>> readable) {
        this.filters = Collections.unmodifiableMap(filters);
        this.readable = Collections.unmodifiableMap(readable);
    }

    public static ReadScope of(Caller caller, AppMetadata metadata, Entity entity, List<Include> includes) {
        Permissions.check(caller, entity.name(), "read", metadata.permissions(), null);
        Map<String, Optional<List<Filter>>> filters = new LinkedHashMap<>();
        Map<String, Optional<Set<String>>> readable = new LinkedHashMap<>();
        filters.put(entity.name(), Permissions.readFilters(caller, entity, metadata.permissions()));
        readable.put(entity.name(), FieldPermissions.readable(caller, entity, metadata.permissions()));
        for (Include include : includes) {
            String other = include.link().other();
            try {
                Permissions.check(caller, other, "read", metadata.permissions(), null);
            } catch (RocketException denied) {
                throw RocketException.of(denied.code(), denied.getMessage(),
                        List.of(ErrorDetail.of(include.key(), "include", denied.getMessage())));
            }
            filters.computeIfAbsent(other, name ->
                    Permissions.readFilters(caller, metadata.entity(name), metadata.permissions()));
            readable.computeIfAbsent(other, name ->
                    FieldPermissions.readable(caller, metadata.entity(name), metadata.permissions()));
        }
        return new ReadScope(filters, readable);
    }

    /** The row filter of an entity this scope covers. */
    public Optional<List<Filter>> filters(String entity) {
        Optional<List<Filter>> filter = filters.get(entity);
        if (filter == null) {
            throw new IllegalArgumentException(entity + " is not part of this read");
        }
        return filter;
    }

    /** The fields of an entity this scope covers that the caller may read (empty: every field). */
    public Optional<Set<String>> readable(String entity) {
        Optional<Set<String>> fields = readable.get(entity);
        if (fields == null) {
            throw new IllegalArgumentException(entity + " is not part of this read");
        }
        return fields;
    }

    /** Every entity of the read with its row filter, in a stable order (the entity first, then its includes). */
    public Map<String, Optional<List<Filter>>> byEntity() {
        return filters;
    }
}
