package rocket.application.records.port.in;

import java.util.List;
import java.util.Map;

/**
 * One page of records (JSON-ready maps) and the paging facts for {@code meta}. {@code total} is null when the
 * caller asked for no count, and an estimate when {@code count} is {@link CountMode#PLANNED}. A page of a cursor walk
 * has no number ({@code page} is null) and carries {@code nextCursor}, null on the walk's last page; a page by number
 * has no cursor.
 */
public record RecordPage(List<Map<String, Object>> data, Integer page, int perPage, Long total, CountMode count,
                         String nextCursor) {
    /** A page by number. */
    public RecordPage(List<Map<String, Object>> data, int page, int perPage, Long total, CountMode count) {
        this(data, Integer.valueOf(page), perPage, total, count, null);
    }

    /** A page of a cursor walk. */
    public static RecordPage byCursor(List<Map<String, Object>> data, int perPage, Long total, CountMode count,
                                      String nextCursor) {
        return new RecordPage(data, null, perPage, total, count, nextCursor);
    }

    public boolean byCursor() {
        return page == null;
    }
}
