package rocket.adapters.http.support;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import rocket.domain.error.ErrorCode;

/**
 * The error envelope for the answers Jetty gives before any route runs (a malformed request line or URI, a URI or
 * header block over Jetty's limits): the same {@code {"error":{...}}} JSON as every other error, never Jetty's HTML
 * page. Jetty's own reason is not echoed; it can quote parts of the request.
 */
public final class JettyErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws java.io.IOException {
        ErrorCode errorCode = switch (code) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 414 -> ErrorCode.URI_TOO_LONG;
            case 431 -> ErrorCode.HEADERS_TOO_LARGE;
            default -> code >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_PAYLOAD;
        };
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", errorCode.wireCode()); // the status is Jetty's, already set
        error.put("message", reason(code));
        byte[] body = Json.MAPPER.writeValueAsBytes(Map.of("error", error));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static String reason(int code) {
        return switch (code) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 413 -> "Request too large";
            case 414 -> "Request URI too long";
            case 431 -> "Request header fields too large";
            default -> code >= 500 ? "Internal server error" : "Bad request";
        };
    }
}
