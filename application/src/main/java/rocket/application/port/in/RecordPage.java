package rocket.application.port.in;

import java.util.List;
import java.util.Map;

/** One page of records (JSON-ready maps) and the paging facts for {@code meta}. */
public record RecordPage(List<Map<String, Object>> data, int page, int perPage, long total) {
}
