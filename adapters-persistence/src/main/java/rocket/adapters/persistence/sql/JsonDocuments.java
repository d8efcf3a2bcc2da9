package rocket.adapters.persistence.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.jooq.JSONB;

/** Converts JSON documents between the core's maps/lists and PostgreSQL JSONB values. */
public final class JsonDocuments {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private JsonDocuments() {
    }

    public static JSONB toJsonb(Object value) {
        try {
            return JSONB.valueOf(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value cannot be stored as JSON", e);
        }
    }

    public static Map<String, Object> object(JSONB value) {
        if (value == null) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(value.data(), OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON document is not an object", e);
        }
    }

    public static Object value(JSONB value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.readValue(value.data(), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON value is malformed", e);
        }
    }
}
