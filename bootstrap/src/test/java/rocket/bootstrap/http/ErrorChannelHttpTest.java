package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One error channel and the typed edge, over real HTTP: a 416 leaves in the error envelope with its
 * {@code Content-Range}; every {@code If-None-Match} form (list, weak, {@code *} where it applies) revalidates; a bad
 * entity name or record id answers the code it always did. Javalin answers an unknown method with 404 (it is not
 * configured to prefer 405), so no request reaches the 405 path and none is asserted here.
 */
class ErrorChannelHttpTest {
    private final Api api = TestServer.shared();
    private final String app = TestSchemas.appWith(api, "edge",
            TestSchemas.uuidEntity("note", "notes", Map.of("name", "text", "type", "string")));
    private final String admin = api.appAdminToken(app);
    private final String base = "/api/" + app;

    private String uploadTenBytes() {
        Api.Response response = api.send(api.builder(base + "/_files/upload", admin)
                .setHeader("Content-Type", Multipart.contentType())
                .POST(Multipart.file("file", "ten.bin", "application/octet-stream", () -> new GeneratedBytes(5, 10))));
        return response.created().get("id").asText();
    }

    private Api.Response get(String path, String... headers) {
        var request = api.builder(path, admin).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api.send(request);
    }

    @Test
    void anUnsatisfiableRangeIs416InTheEnvelopeWithContentRange() {
        String file = base + "/_files/" + uploadTenBytes();
        for (String range : new String[] {"bytes=10-", "bytes=5-1", "bytes=-0"}) {
            Api.Response response = get(file, "Range", range);
            assertThat(response.status()).as(range).isEqualTo(416);
            assertThat(response.header("Content-Range")).as(range).isEqualTo("bytes */10");
            assertThat(response.header("Content-Type")).startsWith("application/json");
            assertThat(response.errorCode()).isEqualTo("RANGE_NOT_SATISFIABLE");
            assertThat(response.json().at("/error/message").asText()).isEqualTo("Range not satisfiable");
        }
    }

    @Test
    void everyIfNoneMatchFormRevalidatesADownload() {
        String file = base + "/_files/" + uploadTenBytes();
        String etag = get(file).header("ETag");
        assertThat(etag).startsWith("\"");
        for (String held : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
            Api.Response response = get(file, "If-None-Match", held);
            assertThat(response.status()).as(held).isEqualTo(304);
            assertThat(response.header("ETag")).isEqualTo(etag);
        }
        assertThat(get(file, "If-None-Match", "\"other\"").status()).isEqualTo(200);
    }

    @Test
    void listsAndWeakFormsRevalidateRecordReadsWhoseEtagIsWeakForAListAndStrongForARecord() {
        String id = api.post(base + "/note", admin, Map.of("text", "hi")).created().get("id").asText();
        assertThat(get(base + "/note").header("ETag")).startsWith("W/\"");
        assertThat(get(base + "/note/" + id).header("ETag")).startsWith("\"");
        for (String path : new String[] {base + "/note", base + "/note/" + id}) {
            String etag = get(path).header("ETag");
            String strong = etag.startsWith("W/") ? etag.substring(2) : etag;
            for (String held : new String[] {etag, strong, "W/" + strong, "\"stale\", " + etag,
                    "W/\"stale\",W/" + strong}) {
                assertThat(get(path, "If-None-Match", held).status()).as(path + " " + held).isEqualTo(304);
            }
            assertThat(get(path, "If-None-Match", "\"stale\"").status()).isEqualTo(200);
        }
    }

    @Test
    void badEntityNamesAndRecordIdsAnswerTheirCodesAtTheEdge() {
        assertThat(get(base + "/no_such_entity").errorCode()).isEqualTo("UNKNOWN_ENTITY");
        assertThat(get(base + "/Not%20A%20Name").errorCode()).isEqualTo("UNKNOWN_ENTITY");
        assertThat(get(base + "/" + "e".repeat(300)).status()).isEqualTo(404);
        Api.Response malformedId = get(base + "/note/not-a-uuid");
        assertThat(malformedId.status()).isEqualTo(404);
        assertThat(malformedId.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(malformedId.json().at("/error/message").asText()).isEqualTo("note with id not-a-uuid not found");
        assertThat(get("/api/Not_An_App/note").errorCode()).isEqualTo("APP_NOT_FOUND");
    }
}
