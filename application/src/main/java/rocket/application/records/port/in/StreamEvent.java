package rocket.application.records.port.in;

import java.util.Map;

/** One event of a change stream: its id (the change's number in the log), its type and its {@code data} object. */
public record StreamEvent(long id, String type, Map<String, Object> data) {
}
