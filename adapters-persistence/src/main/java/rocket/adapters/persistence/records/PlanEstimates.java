package rocket.adapters.persistence.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads the planner's row estimate out of {@code EXPLAIN (FORMAT JSON)}. */
final class PlanEstimates {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanEstimates() {
    }

    static long rows(String plan) {
        try {
            JsonNode rows = JSON.readTree(plan).path(0).path("Plan").path("Plan Rows");
            if (!rows.isNumber()) {
                throw new IllegalStateException("EXPLAIN output without a row estimate");
            }
            return rows.asLong();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable EXPLAIN output", e);
        }
    }
}
