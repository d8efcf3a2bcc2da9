package rocket.application.records.read;

import java.util.Map;

/**
 * The strong version of one record: a digest of its JSON answer, every field's name and value in the answer's order.
 * It is a function of the stored row alone (no process epoch, no data version), so it changes exactly when this
 * record's fields do, is the same on every instance, and is computed alike wherever the row comes from: a read by
 * id, the row a write returned, the row a conditional write locked.
 */
public final class RecordVersion {
    private RecordVersion() {
    }

    public static String of(Map<String, Object> record) {
        ReadKey key = new ReadKey().text("record").number(record.size());
        record.forEach((name, value) -> key.text(name).document(value));
        return key.digest();
    }
}
