package rocket.application.records.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.records.port.out.CountedRows;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.OnDelete;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationType;
import rocket.domain.metadata.WriteMode;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

/**
 * What every {@link RecordStore} must do, whatever holds the rows. Each test gets tables of its own (a numbered
 * suffix), so an adapter may share one database between the tests.
 */
public abstract class RecordStoreContract {
    private static final AtomicInteger TABLES = new AtomicInteger();

    /** Soft-delete posts with a unique title; hard-delete tags; posts and tags linked many-to-many. */
    protected Entity posts;
    protected Entity tags;
    protected Relation postTags;
    protected RecordStore store;

    /** A store over the given entities and join table, their tables present and empty. */
    protected abstract RecordStore storeWith(List<Entity> entities, Relation joinTable);

    @BeforeEach
    void freshTables() {
        int n = TABLES.incrementAndGet();
        posts = EntityDefinitions.parse(Map.of("name", "post", "table", "contract_posts_" + n, "soft_delete", true,
                "primary_key", Map.of("field", "id", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"),
                        Map.of("name", "title", "type", "string", "required", true, "unique", true),
                        Map.of("name", "views", "type", "int", "nullable", true),
                        Map.of("name", "author", "type", "uuid", "nullable", true))));
        tags = EntityDefinitions.parse(Map.of("name", "tag", "table", "contract_tags_" + n,
                "primary_key", Map.of("field", "id", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "name", "type", "string"))));
        postTags = new Relation("post_tags", RelationType.MANY_TO_MANY, "post", "tag", "id", null,
                "contract_post_tags_" + n, "post_id", "tag_id", null, OnDelete.CASCADE, null, WriteMode.DIFF);
        store = storeWith(List.of(posts, tags), postTags);
    }

    protected Field field(Entity entity, String name) {
        return entity.field(name).orElseThrow();
    }

    private Object post(String title, int views) {
        return store.insert(posts, Map.of("title", title, "views", views)).get("id");
    }

    /** The primary keys of rows as returned by a write. */
    private static List<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("id")).toList();
    }

    private List<Object> viewsOf(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> r.get("views")).toList();
    }

    @Test
    void insertReturnsTheStoredRowWithItsGeneratedKeyAsItReadsBack() {
        Map<String, Object> inserted = store.insert(posts, Map.of("title", "first", "views", 7));

        assertThat(inserted.get("id")).isInstanceOf(UUID.class);
        Map<String, Object> row = store.findOne(posts, field(posts, "id"), inserted.get("id")).orElseThrow();
        assertThat(row).containsEntry("title", "first").containsEntry("views", 7);
        assertThat(inserted).as("returned as stored").isEqualTo(row);
        assertThat(store.findOne(posts, field(posts, "title"), "missing")).isEmpty();
    }

    @Test
    void listFiltersSortsAndPages() {
        for (int views = 1; views <= 5; views++) {
            post("p" + views, views);
        }
        List<Filter> moreThanTwo = List.of(new Filter(field(posts, "views"), FilterOperator.GT, List.of(2)));
        List<Sort> mostViewedFirst = List.of(new Sort(field(posts, "views"), true));

        assertThat(viewsOf(store.list(posts, moreThanTwo, mostViewedFirst, 2, 1))).containsExactly(4, 3);
        assertThat(viewsOf(store.list(posts, List.of(), List.of(new Sort(field(posts, "views"), false)), 10, 0)))
                .containsExactly(1, 2, 3, 4, 5);
        List<Filter> inList = List.of(new Filter(field(posts, "title"), FilterOperator.IN, List.of("p1", "p5")));
        assertThat(viewsOf(store.list(posts, inList, mostViewedFirst, 10, 0))).containsExactly(5, 1);
    }

    @Test
    void anAnyOfFilterMeetsRowsOfEitherConjunctionAndCombinesWithTheOtherFilters() {
        for (int views = 1; views <= 5; views++) {
            post("q" + views, views);
        }
        Filter lowOrFive = Filter.anyOf(List.of(
                List.of(new Filter(field(posts, "views"), FilterOperator.LT, List.of(3))),
                List.of(new Filter(field(posts, "title"), FilterOperator.EQ, List.of("q5")),
                        new Filter(field(posts, "views"), FilterOperator.EQ, List.of(5)))));
        List<Sort> byViews = List.of(new Sort(field(posts, "views"), false));

        assertThat(viewsOf(store.list(posts, List.of(lowOrFive), byViews, 10, 0))).containsExactly(1, 2, 5);
        List<Filter> andAboveOne = List.of(lowOrFive, new Filter(field(posts, "views"), FilterOperator.GT, List.of(1)));
        assertThat(store.count(posts, andAboveOne)).isEqualTo(2);
    }

    /** Each page starts after the last row of the one before, until a page comes back short. */
    private List<Map<String, Object>> walk(Keyset start, List<Filter> filters, int pageSize) {
        List<Map<String, Object>> seen = new ArrayList<>();
        Keyset position = start;
        while (true) {
            List<Map<String, Object>> page = store.listAfter(posts, filters, position, pageSize);
            seen.addAll(page);
            if (page.size() < pageSize) {
                return seen;
            }
            position = position.after(page.getLast());
        }
    }

    @Test
    void listAfterWalksTheWholeOrderPageByPageInEveryDirectionWithNullsAndTies() {
        List<Integer> views = Arrays.asList(3, 1, null, 3, 2, null, 1, 3, 2);
        for (int i = 0; i < views.size(); i++) {
            Map<String, Object> values = new HashMap<>(Map.of("title", "k" + (i % 4) + "-" + i));
            values.put("views", views.get(i));
            store.insert(posts, values);
        }
        Field viewsField = field(posts, "views");
        Field title = field(posts, "title");
        List<List<Sort>> sorts = List.of(List.of(), List.of(new Sort(viewsField, false)),
                List.of(new Sort(viewsField, true)), List.of(new Sort(viewsField, true), new Sort(title, false)),
                List.of(new Sort(viewsField, false), new Sort(title, true)), List.of(new Sort(field(posts, "id"), true)));
        for (List<Sort> order : sorts) {
            Keyset start = Keyset.first(posts, order);
            List<Map<String, Object>> whole = store.list(posts, List.of(), start.order(), 100, 0);
            assertThat(whole).hasSize(views.size());
            for (int pageSize : new int[] {1, 2, 4}) {
                assertThat(walk(start, List.of(), pageSize)).as(order + " by " + pageSize).isEqualTo(whole);
            }
        }
        List<Filter> aboveOne = List.of(new Filter(viewsField, FilterOperator.GT, List.of(1)));
        Keyset byViews = Keyset.first(posts, List.of(new Sort(viewsField, true)));
        assertThat(walk(byViews, aboveOne, 2)).isEqualTo(store.list(posts, aboveOne, byViews.order(), 100, 0))
                .extracting(row -> row.get("views")).containsExactly(3, 3, 3, 2, 2);
        assertThat(store.listAfter(posts, List.of(), byViews, 3)).as("from the start, NULLs first descending")
                .extracting(row -> row.get("views")).containsExactly(null, null, 3);
    }

    @Test
    void countFollowsTheFiltersAndTheEstimateNeverScansToAnError() {
        for (int views = 1; views <= 4; views++) {
            post("c" + views, views);
        }
        List<Filter> atLeastThree = List.of(new Filter(field(posts, "views"), FilterOperator.GTE, List.of(3)));

        assertThat(store.count(posts, List.of())).isEqualTo(4);
        assertThat(store.count(posts, atLeastThree)).isEqualTo(2);
        assertThat(store.estimateCount(posts, atLeastThree)).isNotNegative();
        assertThat(store.countWhere(posts, field(posts, "views"), 4)).isEqualTo(1);
    }

    @Test
    void aCountedPageIsThePageAndTheCountOfTheSameFilters() {
        for (int views = 1; views <= 5; views++) {
            post("n" + views, views);
        }
        List<Filter> atLeastTwo = List.of(new Filter(field(posts, "views"), FilterOperator.GTE, List.of(2)));
        List<Sort> mostViewedFirst = List.of(new Sort(field(posts, "views"), true));

        CountedRows page = store.listCounted(posts, atLeastTwo, mostViewedFirst, 2, 1);
        assertThat(viewsOf(page.rows())).containsExactly(4, 3);
        assertThat(page.rows()).isEqualTo(store.list(posts, atLeastTwo, mostViewedFirst, 2, 1));
        assertThat(page.total()).isEqualTo(4);
        CountedRows pastTheEnd = store.listCounted(posts, atLeastTwo, mostViewedFirst, 2, 10);
        assertThat(pastTheEnd.rows()).isEmpty();
        assertThat(pastTheEnd.total()).as("counted even where the page is empty").isEqualTo(4);
        assertThat(store.listCounted(posts, List.of(), List.of(), 100, 0).total()).isEqualTo(5);
    }

    @Test
    void batchInsertReturnsKeysInOrderAndFindAllMeetsValuesAndFilters() {
        List<Object> ids = ids(store.insertAll(posts, List.of(Map.of("title", "a", "views", 1),
                Map.of("title", "b", "views", 2), Map.of("title", "c", "views", 3))));

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(store.findOne(posts, field(posts, "id"), ids.get(1)).orElseThrow()).containsEntry("title", "b");
        List<Filter> aboveOne = List.of(new Filter(field(posts, "views"), FilterOperator.GT, List.of(1)));
        assertThat(store.findAll(posts, field(posts, "id"), List.of(ids.get(0), ids.get(2)), aboveOne))
                .extracting(r -> r.get("title")).containsExactly("c");
    }

    @Test
    void updateChangesOneLiveRowAndReturnsItAsStored() {
        Object id = post("before", 1);
        Object other = post("other", 1);

        Map<String, Object> updated = store.update(posts, id, Map.of("title", "after", "views", 2)).orElseThrow();
        assertThat(store.update(posts, UUID.randomUUID(), Map.of("views", 3))).isEmpty();
        assertThat(store.findOne(posts, field(posts, "id"), id).orElseThrow())
                .containsEntry("title", "after").containsEntry("views", 2).isEqualTo(updated);
        assertThat(store.update(posts, other, Map.of())).as("nothing to change: the row as it is")
                .contains(store.findOne(posts, field(posts, "id"), other).orElseThrow());
        assertThat(store.findOne(posts, field(posts, "id"), other).orElseThrow()).containsEntry("views", 1);
        assertThat(store.update(posts, other, Map.of("title", "again", "views", 4)).orElseThrow())
                .as("a second update of the same shape").containsEntry("title", "again").containsEntry("views", 4);

        store.updateAll(posts, Map.of(id, Map.of("views", 10), other, Map.of("views", 20)));
        assertThat(viewsOf(store.list(posts, List.of(), List.of(new Sort(field(posts, "views"), false)), 10, 0)))
                .containsExactly(10, 20);
    }

    @Test
    void softDeleteHidesTheRowFromEveryRead() {
        Object gone = post("gone", 1);
        post("kept", 2);

        assertThat(store.delete(posts, gone)).isEqualTo(1);
        assertThat(store.delete(posts, gone)).as("already deleted").isZero();
        assertThat(store.findOne(posts, field(posts, "id"), gone)).isEmpty();
        assertThat(store.count(posts, List.of())).isEqualTo(1);
        assertThat(store.list(posts, List.of(), List.of(), 10, 0)).extracting(r -> r.get("title"))
                .containsExactly("kept");
        assertThat(store.update(posts, gone, Map.of("views", 5))).as("deleted rows are not updated").isEmpty();
    }

    @Test
    void lockReadsTheLiveRowAsStoredAndNothingForAMissingOrDeletedKey() {
        Object id = post("locked", 3);
        Object gone = post("gone", 1);
        store.delete(posts, gone);
        Map<String, Object> stored = store.findOne(posts, field(posts, "id"), id).orElseThrow();

        assertThat(store.lock(posts, id)).contains(stored);
        assertThat(store.lock(posts, id)).as("a second lock of the same shape").contains(stored);
        assertThat(store.lock(posts, gone)).as("soft-deleted").isEmpty();
        assertThat(store.lock(posts, UUID.randomUUID())).isEmpty();
        Object tag = store.insert(tags, Map.of("name", "t")).get("id");
        assertThat(store.lock(tags, tag)).contains(store.findOne(tags, field(tags, "id"), tag).orElseThrow());
    }

    @Test
    void hardDeleteRemovesRowsOneByOneOrByField() {
        List<Object> ids = ids(store.insertAll(tags, List.of(Map.of("name", "x"), Map.of("name", "y"),
                Map.of("name", "z"), Map.of("name", "z"))));

        assertThat(store.delete(tags, ids.get(0))).isEqualTo(1);
        assertThat(store.deleteAll(tags, List.of(ids.get(1), UUID.randomUUID()))).isEqualTo(1);
        assertThat(store.deleteWhere(tags, field(tags, "name"), "z")).as("the keys of the rows deleted")
                .map(String::valueOf).containsExactlyInAnyOrder(String.valueOf(ids.get(2)), String.valueOf(ids.get(3)));
        assertThat(store.count(tags, List.of())).isZero();
    }

    @Test
    void aDuplicateUniqueValueIsAConflict() {
        post("taken", 1);

        assertThatThrownBy(() -> post("taken", 2)).isInstanceOfSatisfying(RocketException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(store.insertIfAbsent(posts, Map.of("title", "taken", "views", 3))).isFalse();
        assertThat(store.insertIfAbsent(posts, Map.of("title", "free", "views", 3))).isTrue();
        assertThat(store.count(posts, List.of())).isEqualTo(2);
    }

    @Test
    void setNullClearsTheFieldOnEveryMatchingRow() {
        UUID author = UUID.randomUUID();
        Object first = store.insert(posts, Map.of("title", "one", "author", author)).get("id");
        Object second = store.insert(posts, Map.of("title", "two", "author", author)).get("id");
        store.delete(posts, first);

        assertThat(store.setNull(posts, field(posts, "author"), author)).as("soft-deleted rows too, by key")
                .map(String::valueOf).containsExactlyInAnyOrder(String.valueOf(first), String.valueOf(second));
        assertThat(store.countWhere(posts, field(posts, "author"), author)).isZero();
    }

    @Test
    void joinRowsLinkInOrderIgnoreDuplicatesOnRequestAndUnlink() {
        Object post = post("linked", 1);
        List<Object> tagIds = ids(store.insertAll(tags, List.of(Map.of("name", "a"), Map.of("name", "b"))));

        store.link(postTags, post, tagIds.get(1), false);
        store.link(postTags, post, tagIds.get(0), false);
        store.link(postTags, post, tagIds.get(0), true);
        assertThat(store.links(postTags, "post_id", List.of(post)))
                .containsExactly(Map.entry(post, tagIds.get(1)), Map.entry(post, tagIds.get(0)));

        assertThat(store.unlink(postTags, post, tagIds.get(1))).isEqualTo(1);
        assertThat(store.links(postTags, "post_id", List.of(post))).containsExactly(Map.entry(post, tagIds.get(0)));
        assertThat(store.unlink(postTags, post, null)).isEqualTo(1);
        assertThat(store.links(postTags, "post_id", List.of(post))).isEmpty();
    }
}
