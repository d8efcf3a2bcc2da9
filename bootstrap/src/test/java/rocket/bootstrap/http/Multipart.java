package rocket.bootstrap.http;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Builds a streamed {@code multipart/form-data} body with one file part, as a browser would send it. */
final class Multipart {
    static final String BOUNDARY = "rocket-test-boundary-7d1f";

    private Multipart() {
    }

    static HttpRequest.BodyPublisher file(String partName, String filename, String contentType,
                                          Supplier<InputStream> content) {
        // escaped the way browsers do (HTML form submission), so the envelope itself stays well-formed
        String escaped = filename.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                + escaped + "\"\r\nContent-Type: " + contentType.replace("\r", "").replace("\n", "") + "\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        return HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
                HttpRequest.BodyPublishers.ofInputStream(content),
                HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }
}
