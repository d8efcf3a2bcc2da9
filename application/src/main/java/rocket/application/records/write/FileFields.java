package rocket.application.records.write;

import java.util.Map;
import java.util.UUID;
import rocket.application.files.port.out.FileRecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;

/**
 * Write step 12: a {@code file} field holds a file id or a file object (the payload's shape is checked when it is
 * parsed); either becomes the stored {@code {"id","filename","size","mime_type"}} of that file, so a client can
 * neither point at a file that does not exist nor make up a name, size or type for one.
 */
final class FileFields {
    private FileFields() {
    }

    static void resolve(Entity entity, Map<String, Object> values, FileRecordStore files) {
        for (Field field : entity.fields()) {
            if (field.type() != FieldType.FILE) {
                continue;
            }
            Object value = values.get(field.name());
            String id = switch (value) {
                case String text -> text;
                case Map<?, ?> object when object.get("id") instanceof String text -> text;
                case null, default -> null;
            };
            if (id != null) {
                values.put(field.name(), files.find(UUID.fromString(id))
                        .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "File " + id + " not found"))
                        .fieldValue());
            }
        }
    }
}
