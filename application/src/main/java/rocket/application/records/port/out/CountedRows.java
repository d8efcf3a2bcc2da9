package rocket.application.records.port.out;

import java.util.List;
import java.util.Map;

/** A page of rows and how many rows meet the page's filters in all. */
public record CountedRows(List<Map<String, Object>> rows, long total) {
    public CountedRows {
        rows = List.copyOf(rows);
    }
}
