package rocket.application.service;

import java.util.Map;
import java.util.regex.Pattern;
import rocket.application.port.out.FileRecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;

/** Write step 12: a {@code file} field given a file id becomes {@code {"id","filename","size","mime_type"}}. */
final class FileFields {
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private FileFields() {
    }

    static void resolve(Entity entity, Map<String, Object> values, FileRecordStore files) {
        for (Field field : entity.fields()) {
            if (field.type() != FieldType.FILE || !(values.get(field.name()) instanceof String text)
                    || !UUID_TEXT.matcher(text).matches()) {
                continue; // objects are stored as given; other strings are JSON text
            }
            values.put(field.name(), files.find(java.util.UUID.fromString(text))
                    .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "File " + text + " not found"))
                    .fieldValue());
        }
    }
}
