package rocket.application.records.read;

import java.util.ArrayList;
import java.util.List;
import rocket.application.records.port.in.CountMode;
import rocket.domain.metadata.Entity;
import rocket.domain.permission.ReadScope;
import rocket.domain.query.Filter;
import rocket.domain.query.Include;
import rocket.domain.query.ListQuery;

/**
 * The read keys of record reads, built from the parsed plan (not the raw query text) and the caller's permission
 * scope. The plan is a function of the query and the metadata, whose version is part of every key, so names are
 * enough to stand for the fields and relations they resolved to. The plan is normalised first: filters are a
 * conjunction and includes a set, so their order in the query does not matter ({@code ?a=1&b=2} and
 * {@code ?b=2&a=1} share a key); sorts keep their order, which decides the answer.
 */
final class ReadKeys {
    private ReadKeys() {
    }

    static ReadKey list(Entity entity, ListQuery plan, CountMode count, ReadScope scope) {
        ReadKey key = new ReadKey().text("list").text(entity.name()).anyOrder(filterKeys(plan.filters()))
                .number(plan.sorts().size());
        plan.sorts().forEach(sort -> key.text(sort.field().name()).number(sort.descending() ? 1 : 0));
        return key.number(plan.page()).number(plan.perPage()).text(plan.cursor()).texts(includeKeys(plan.includes()))
                .text(count.name()).scope(scope);
    }

    /**
     * What a cursor is valid for: the app, the entity, the filters, the sorts (with their fields' types, which read
     * its values back) and the page size. Includes and the count may change along a walk: they do not move it. The
     * caller's scope is not part of it: every page applies the caller's own read conditions.
     */
    static ReadKey walk(String app, Entity entity, ListQuery plan) {
        ReadKey key = new ReadKey().text("walk").text(app).text(entity.name()).anyOrder(filterKeys(plan.filters()))
                .number(plan.sorts().size());
        plan.sorts().forEach(sort -> key.text(sort.field().name()).text(sort.field().type().canonicalName())
                .number(sort.descending() ? 1 : 0));
        return key.number(plan.perPage());
    }

    static ReadKey get(Entity entity, String idOrSlug, List<Include> includes, ReadScope scope) {
        return new ReadKey().text("get").text(entity.name()).text(idOrSlug).texts(includeKeys(includes)).scope(scope);
    }

    /** Each include's response key (it resolved to one relation under the keyed metadata version). */
    private static List<String> includeKeys(List<Include> includes) {
        return includes.stream().map(Include::key).sorted().toList();
    }

    /** Each filter's own encoding, so the filters can be keyed in any order without two of them running together. */
    private static List<String> filterKeys(List<Filter> filters) {
        List<String> keys = new ArrayList<>(filters.size());
        for (Filter filter : filters) {
            keys.add(new ReadKey().filters(List.of(filter)).toString());
        }
        return keys;
    }
}
