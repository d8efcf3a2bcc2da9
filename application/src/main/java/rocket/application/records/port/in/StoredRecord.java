package rocket.application.records.port.in;

import java.util.Map;

/**
 * A record as a write left it (JSON-ready) with its strong version: the same version a read of it by id answers,
 * so a client can make its next write conditional on it without reading again.
 */
public record StoredRecord(Map<String, Object> data, String version) {
}
