package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FilesHttpTest {
    private static final long SEED = 42;
    private static final int TWENTY_MB = 20 * 1000 * 1000;
    private final Api api = TestServer.shared();
    private final String app = api.createApp("files", driver());
    private final String admin = api.appAdminToken(app);
    private final HttpClient client = HttpClient.newHttpClient();

    /** The db_driver of every app this test creates; {@link SqliteFilesHttpTest} runs it on SQLite apps. */
    String driver() {
        return "postgres";
    }

    private JsonNode upload(String filename, String type, long seed, long size) {
        Api.Response response = api.send(api.builder("/api/" + app + "/_files/upload", admin)
                .setHeader("Content-Type", Multipart.contentType())
                .POST(Multipart.file("file", filename, type, () -> new GeneratedBytes(seed, size))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("data");
    }

    private HttpResponse<byte[]> download(String id, String... headers) throws Exception {
        HttpRequest.Builder request = api.builder("/api/" + app + "/_files/" + id, admin).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aTwentyMegabyteFileRoundTripsByteForByte() throws Exception {
        JsonNode file = upload("big.bin", "application/octet-stream", SEED, TWENTY_MB);
        assertThat(file.get("size").asLong()).isEqualTo(TWENTY_MB);
        assertThat(file.get("url").asText()).isEqualTo("/api/" + app + "/_files/" + file.get("id").asText());
        HttpResponse<java.io.InputStream> response = client.send(api.builder(
                "/api/" + app + "/_files/" + file.get("id").asText(), admin).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(TWENTY_MB));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(GeneratedBytes.sha256(response.body()))
                .isEqualTo(GeneratedBytes.sha256(new GeneratedBytes(SEED, TWENTY_MB)));
    }

    @Test
    void rangesConditionalRequestsAndHeadFollowHttp() throws Exception {
        int size = 100_000;
        String id = upload("r.bin", "application/octet-stream", 7, size).get("id").asText();

        HttpResponse<byte[]> first = download(id, "Range", "bytes=0-99");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + size);
        assertThat(first.body()).isEqualTo(GeneratedBytes.slice(7, size, 0, 100));
        HttpResponse<byte[]> last = download(id, "Range", "bytes=-100");
        assertThat(last.body()).isEqualTo(GeneratedBytes.slice(7, size, size - 100, 100));
        HttpResponse<byte[]> middle = download(id, "Range", "bytes=50000-50999");
        assertThat(middle.body()).isEqualTo(GeneratedBytes.slice(7, size, 50_000, 1000));
        HttpResponse<byte[]> open = download(id, "Range", "bytes=99990-");
        assertThat(open.body()).hasSize(10);

        HttpResponse<byte[]> unsatisfiable = download(id, "Range", "bytes=200000-");
        assertThat(unsatisfiable.statusCode()).isEqualTo(416);
        assertThat(unsatisfiable.headers().firstValue("Content-Range")).hasValue("bytes */" + size);

        String etag = download(id).headers().firstValue("ETag").orElseThrow();
        assertThat(etag).contains(id);
        HttpResponse<byte[]> notModified = download(id, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        HttpResponse<byte[]> head = client.send(api.builder("/api/" + app + "/_files/" + id, admin)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(size));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void hostileFileNamesAreStoredAndServedSafely() throws Exception {
        for (String name : List.of("../../etc/passwd", "evil\r\nSet-Cookie: x=1.txt", "qu\"ote;.txt", "日本語 ünïcode.pdf")) {
            JsonNode file = upload(name, "text/plain", 3, 10);
            assertThat(file.get("filename").asText()).doesNotContain("/").doesNotContain("\r").doesNotContain("\n");
            HttpResponse<byte[]> response = download(file.get("id").asText());
            assertThat(response.statusCode()).isEqualTo(200);
            String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
            assertThat(disposition).startsWith("inline; filename=\"").contains("filename*=UTF-8''")
                    .doesNotContain("\r").doesNotContain("\n");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        }
        JsonNode passwd = upload("../../etc/passwd", "text/plain", 3, 10);
        assertThat(passwd.get("filename").asText()).isEqualTo("passwd");
        JsonNode weirdType = upload("x.html", "text/html\r\nX-Evil: 1", 3, 10);
        assertThat(weirdType.get("mime_type").asText()).isIn("text/html", "application/octet-stream");
    }

    @Test
    void anOversizeUploadIs413AndLeavesNothingBehind() throws IOException {
        long before = api.get("/api/" + app + "/_files", admin).json().get("data").size();
        Api.Response response = api.send(api.builder("/api/" + app + "/_files/upload", admin)
                .setHeader("Content-Type", Multipart.contentType())
                .POST(Multipart.file("file", "huge.bin", "application/octet-stream",
                        () -> new GeneratedBytes(1, TestServer.MAX_FILE_BYTES + 1L))));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("FILE_TOO_LARGE");
        assertThat(api.get("/api/" + app + "/_files", admin).json().get("data").size()).isEqualTo(before);
        Path appDir = TestServer.sharedDataDir().resolve("uploads").resolve(app);
        if (Files.isDirectory(appDir)) {
            try (Stream<Path> leftovers = Files.list(appDir)) {
                assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    @Test
    void listDeleteIsolationAndMissingPartBehaveAsTheContractSays() throws Exception {
        String id = upload("doc.txt", "text/plain", 5, 123).get("id").asText();
        JsonNode listed = api.get("/api/" + app + "/_files", admin).json().get("data");
        assertThat(listed.findValuesAsText("id")).contains(id);

        String other = api.createApp("other", driver());
        Api.Response elsewhere = api.get("/api/" + other + "/_files/" + id, api.appAdminToken(other));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(api.get("/api/" + app + "/_files/not-a-uuid", admin).status()).isEqualTo(404);

        assertThat(api.delete("/api/" + app + "/_files/" + id, admin).json().at("/data/deleted").asBoolean()).isTrue();
        assertThat(download(id).statusCode()).isEqualTo(404);
        assertThat(Files.exists(TestServer.sharedDataDir().resolve("uploads").resolve(app).resolve(id))).isFalse();

        Api.Response missing = api.send(api.builder("/api/" + app + "/_files/upload", admin)
                .setHeader("Content-Type", Multipart.contentType())
                .POST(Multipart.file("other", "x.txt", "text/plain", () -> new GeneratedBytes(1, 5))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/error/message").asText()).isEqualTo("Missing file in form data");
    }

    @Test
    void fileFieldsResolveAnUploadedIdIntoItsMetadata() {
        Api.Response entity = api.post("/api/" + app + "/_admin/entities", admin, Map.of("name", "doc", "table", "docs",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "attachment", "type", "file"))));
        assertThat(entity.status()).isEqualTo(201);
        JsonNode file = upload("cv.pdf", "application/pdf", 9, 2048);
        Api.Response created = api.post("/api/" + app + "/doc", admin, Map.of("attachment", file.get("id").asText()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/data/attachment/filename").asText()).isEqualTo("cv.pdf");
        assertThat(created.json().at("/data/attachment/size").asInt()).isEqualTo(2048);
        assertThat(created.json().at("/data/attachment/mime_type").asText()).isEqualTo("application/pdf");
        Api.Response unknown = api.post("/api/" + app + "/doc", admin,
                Map.of("attachment", "00000000-0000-0000-0000-000000000001"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/message").asText()).isEqualTo("File 00000000-0000-0000-0000-000000000001 not found");
    }

}
