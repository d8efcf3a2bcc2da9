package rocket.domain.write;

import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The record a path names: its primary key or slug, as text. Which of the two it is, and whether it fits the key's
 * type, is decided against the entity (a value that fits neither is simply not found, never a 500).
 */
public record RecordKey(String value) {
    public RecordKey {
        if (value == null || value.isEmpty()) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "Record not found");
        }
    }

    public static RecordKey of(String text) {
        return new RecordKey(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
