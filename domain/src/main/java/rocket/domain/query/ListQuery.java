package rocket.domain.query;

import java.util.List;

/**
 * A validated list request: every identifier in it is a declared field or relation. {@code cursor} is null for a page
 * by number, empty for the first page of a cursor walk, else the cursor a previous page answered (still unchecked:
 * only the core holds the key it is signed with).
 */
public record ListQuery(List<Filter> filters, List<Sort> sorts, int page, int perPage, List<Include> includes,
                        String cursor) {
    public static final int DEFAULT_PER_PAGE = 25;
    public static final int MAX_PER_PAGE = 100;
    /** The largest row offset a page may start at (offsets are ints down to the SQL). */
    public static final long MAX_OFFSET = Integer.MAX_VALUE;

    public ListQuery {
        filters = List.copyOf(filters);
        sorts = List.copyOf(sorts);
        includes = List.copyOf(includes);
    }

    public boolean byCursor() {
        return cursor != null;
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
