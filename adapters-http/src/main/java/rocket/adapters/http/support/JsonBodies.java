package rocket.adapters.http.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import rocket.domain.definition.Documents;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Reads a request body as one JSON object, never reading more than the configured limit into memory. The body must
 * be nested at most {@code maxDepth} levels (deeper documents are refused before anything is stored, so nothing is
 * kept that could not be served again), must end after the object (trailing data is refused rather than ignored), and
 * may not hold NUL characters (PostgreSQL can store them neither in text nor in jsonb).
 */
public final class JsonBodies {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** How far past the limit a body is still read (and dropped) so its sender receives the 413. */
    private static final long DRAIN_FACTOR = 4;
    private final long maxBytes;
    private final int maxDepth;
    private final ObjectReader reader;

    public JsonBodies(long maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        JsonFactory bounded = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build()).build();
        this.reader = Json.MAPPER.copyWith(bounded).readerFor(OBJECT)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public Map<String, Object> object(Context ctx) {
        byte[] bytes = read(ctx);
        if (bytes.length == 0) {
            throw invalid();
        }
        Map<String, Object> body;
        try {
            body = reader.readValue(bytes);
        } catch (StreamConstraintsException e) {
            throw RocketException.of(ErrorCode.INVALID_PAYLOAD,
                    "JSON body is nested deeper than " + maxDepth + " levels (max-json-depth)");
        } catch (JsonProcessingException e) {
            throw invalid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body == null) {
            throw invalid();
        }
        NulCharacters.refuse(body);
        return body;
    }

    private byte[] read(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            if (ctx.req().getContentLengthLong() > maxBytes) {
                throw tooLarge(ctx, in);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(ctx, in);
            }
            return bytes;
        } catch (IOException e) {
            throw RocketException.of(ErrorCode.INVALID_PAYLOAD, "Request body could not be read");
        }
    }

    /**
     * A body a little over the limit is read to its end and dropped, so the client, still sending, gets the 413
     * rather than a reset connection; a body far over it is not read, and the connection is closed after the answer.
     */
    private RocketException tooLarge(Context ctx, InputStream in) {
        long budget = DRAIN_FACTOR * maxBytes;
        if (ctx.req().getContentLengthLong() > budget || !drained(in, budget)) {
            ctx.header("Connection", "close");
        }
        return RocketException.of(ErrorCode.PAYLOAD_TOO_LARGE, "Request body exceeds " + maxBytes + " bytes");
    }

    /** Reads the rest of the body and drops it; false when more than {@code budget} bytes remain or it breaks. */
    private static boolean drained(InputStream in, long budget) {
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > budget) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static RocketException invalid() {
        return RocketException.of(ErrorCode.INVALID_PAYLOAD, "Invalid JSON body");
    }

    /** A list-of-strings member; null when absent or null; 422 when it is anything else. */
    public static List<String> stringList(Map<String, Object> body, String key) {
        return Documents.stringList(body, key);
    }

    /** An object member; null when absent or null; 422 when it is not a JSON object. */
    public static Map<String, Object> object(Map<String, Object> body, String key) {
        return Documents.object(body, key);
    }

    /** A boolean member; null when absent or null; 422 when it is not a boolean. */
    public static Boolean bool(Map<String, Object> body, String key) {
        return Documents.bool(body, key);
    }

    /** A string member of the body, or null when absent or not a string. */
    public static String string(Map<String, Object> body, String key) {
        return Documents.text(body, key);
    }
}
