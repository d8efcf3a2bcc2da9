package rocket.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static rocket.adapters.http.testing.FakeUseCases.ADMIN_TOKEN;
import static rocket.adapters.http.testing.FakeUseCases.USER_TOKEN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.adapters.http.testing.FakeUseCases;
import rocket.adapters.http.testing.RouteTestServer;
import rocket.adapters.http.testing.RouteTestServer.Answer;
import rocket.application.files.port.in.FilesUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.file.FileRecord;

/** The file routes on the real server: multipart upload, ranges, revalidation and their error envelopes. */
class FileRoutesTest {
    private static final String AUTH = "Authorization";
    private static final Files FILES = new Files();
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        server = new RouteTestServer(new FakeUseCases().with(FilesUseCase.class, FILES));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUploadIsStreamedToTheCoreAndAnsweredWithItsUrl() {
        Answer answer = upload("notes.txt", "hello, files");
        assertThat(answer.status()).isEqualTo(201);
        String id = answer.json().path("data").path("id").asText();
        assertThat(answer.json().path("data").path("url").asText()).isEqualTo("/api/shop/_files/" + id);
        assertThat(answer.json().path("data").path("size").asLong()).isEqualTo(12);
        assertThat(FILES.uploadedBy.get(UUID.fromString(id))).isEqualTo("user-1");
    }

    @Test
    void aRangeIsA206WithItsBytesAndAnUnsatisfiableOneIsA416InTheEnvelope() {
        String id = upload("digits.txt", "0123456789").json().path("data").path("id").asText();
        String path = "/api/shop/_files/" + id;

        Answer part = server.get(path, AUTH, "Bearer " + USER_TOKEN, "Range", "bytes=2-4");
        assertThat(part.status()).isEqualTo(206);
        assertThat(new String(part.body(), StandardCharsets.UTF_8)).isEqualTo("234");
        assertThat(part.header("Content-Range")).isEqualTo("bytes 2-4/10");

        Answer outside = server.get(path, AUTH, "Bearer " + USER_TOKEN, "Range", "bytes=50-");
        assertThat(outside.status()).isEqualTo(416);
        assertThat(outside.errorCode()).isEqualTo("RANGE_NOT_SATISFIABLE");
        assertThat(outside.header("Content-Range")).isEqualTo("bytes */10");
    }

    @Test
    void aHeldEtagIsA304AndHeadSendsHeadersOnly() {
        String id = upload("a.txt", "abc").json().path("data").path("id").asText();
        String path = "/api/shop/_files/" + id;
        Answer whole = server.get(path, AUTH, "Bearer " + USER_TOKEN);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Answer held = server.get(path, AUTH, "Bearer " + USER_TOKEN, "If-None-Match", whole.header("ETag"));
        assertThat(held.status()).isEqualTo(304);
        assertThat(held.body()).isEmpty();

        Answer head = server.send(server.request(path, AUTH, "Bearer " + USER_TOKEN)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo("3");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aBodyFarBeyondTheLimitIsRefusedUnreadAndAMissingPartIsABadRequest() {
        byte[] huge = new byte[(int) RouteTestServer.MAX_FILE_BYTES + 2 * 1024 * 1024];
        Answer tooLarge = server.send(server.request("/api/shop/_files/upload", AUTH, "Bearer " + USER_TOKEN,
                "Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build());
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("FILE_TOO_LARGE");

        Answer noFile = server.send(server.request("/api/shop/_files/upload", AUTH, "Bearer " + USER_TOKEN,
                "Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofString(
                "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n")).build());
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void listingAndDeletingAreForAdminsOnly() {
        upload("listed.txt", "x");
        Answer refused = server.get("/api/shop/_files", AUTH, "Bearer " + USER_TOKEN);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");

        Answer listed = server.get("/api/shop/_files", AUTH, "Bearer " + ADMIN_TOKEN);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("data").findValuesAsText("filename")).contains("listed.txt");

        Answer missing = server.send(server.request("/api/shop/_files/" + UUID.randomUUID(), AUTH,
                "Bearer " + ADMIN_TOKEN).DELETE().build());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("NOT_FOUND");
    }

    private static Answer upload(String filename, String content) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + content + "\r\n--b--\r\n";
        return server.send(server.request("/api/shop/_files/upload", AUTH, "Bearer " + USER_TOKEN,
                "Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Files kept in memory. */
    private static final class Files implements FilesUseCase {
        final Map<UUID, FileRecord> records = new ConcurrentHashMap<>();
        final Map<UUID, byte[]> bytes = new ConcurrentHashMap<>();
        final Map<UUID, String> uploadedBy = new ConcurrentHashMap<>();

        @Override
        public FileRecord upload(AppName app, Principal caller, String filename, String mimeType, InputStream content) {
            byte[] data;
            try {
                data = content.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FileRecord file = new FileRecord(UUID.randomUUID(), filename, "/stored", mimeType, data.length, null,
                    Instant.parse("2026-01-02T03:04:05Z"));
            records.put(file.id(), file);
            bytes.put(file.id(), data);
            uploadedBy.put(file.id(), caller.userId());
            return file;
        }

        @Override
        public FileRecord find(AppName app, String id) {
            FileRecord file = records.get(parse(id));
            if (file == null) {
                throw RocketException.of(ErrorCode.NOT_FOUND, "File not found");
            }
            return file;
        }

        @Override
        public InputStream open(AppName app, UUID id, long offset, long length) {
            return new ByteArrayInputStream(Arrays.copyOfRange(bytes.get(id), (int) offset, (int) (offset + length)));
        }

        @Override
        public List<FileRecord> list(AppName app) {
            return List.copyOf(records.values());
        }

        @Override
        public void delete(AppName app, String id) {
            if (records.remove(parse(id)) == null) {
                throw RocketException.of(ErrorCode.NOT_FOUND, "File not found");
            }
        }

        private static UUID parse(String id) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw RocketException.of(ErrorCode.NOT_FOUND, "File not found");
            }
        }
    }
}
