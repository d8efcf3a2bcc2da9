package rocket.application.records.port.in;

import java.util.List;
import java.util.Map;

/**
 * One page of records (JSON-ready maps) and the paging facts for {@code meta}. {@code total} is null when the
 * caller asked for no count, and an estimate when {@code count} is {@link CountMode#PLANNED}.
 */
public record RecordPage(List<Map<String, Object>> data, int page, int perPage, Long total, CountMode count) {
}
