package rocket.domain.file;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An uploaded file's metadata: original name (display only), type, size, uploader. */
public record FileRecord(UUID id, String filename, String storagePath, String mimeType, long size, UUID uploadedBy,
                         Instant createdAt) {
    /** The JSON stored in {@code file} fields: {@code {"id","filename","size","mime_type"}}. */
    public Map<String, Object> fieldValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", id.toString());
        value.put("filename", filename);
        value.put("size", size);
        value.put("mime_type", mimeType);
        return value;
    }
}
