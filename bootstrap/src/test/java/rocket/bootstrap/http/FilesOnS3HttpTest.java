package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

/**
 * Two instances on one PostgreSQL and one S3 bucket (s3proxy): a file uploaded through one is served, ranged and
 * deleted through the other, as behind a load balancer.
 */
class FilesOnS3HttpTest {
    private static final int SIZE = 12 * 1000 * 1000; // above one 8 MiB part: a multipart upload
    private static final long SEED = 17;
    private static S3ProxyProcess s3;
    private static EmbeddedDatabase database;
    private static RocketServer a;
    private static RocketServer b;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        s3 = S3ProxyProcess.start("rocket-files");
        database = TestServer.externalDatabase();
        Map<String, String> env = TestServer.onDatabase(database, s3.storageSettings());
        a = TestServer.start(TestServer.tempDir(), env);
        b = TestServer.start(TestServer.tempDir(), env);
    }

    @AfterAll
    static void stop() throws Exception {
        b.close();
        a.close();
        database.close();
        s3.close();
    }

    @Test
    void aFileUploadedThroughOneInstanceIsServedRangedAndDeletedThroughTheOther() throws Exception {
        Api apiA = new Api(a.port());
        Api apiB = new Api(b.port());
        String app = apiA.createApp("s3files");
        String tokenA = apiA.appAdminToken(app);
        String tokenB = apiB.appAdminToken(app);
        Api.Response uploaded = apiA.send(apiA.builder("/api/" + app + "/_files/upload", tokenA)
                .setHeader("Content-Type", Multipart.contentType())
                .POST(Multipart.file("file", "big.bin", "application/octet-stream",
                        () -> new GeneratedBytes(SEED, SIZE))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = uploaded.json().get("data");
        String path = "/api/" + app + "/_files/" + file.get("id").asText();

        HttpResponse<java.io.InputStream> whole = client.send(apiB.builder(path, tokenB).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Length")).hasValue(String.valueOf(SIZE));
        assertThat(GeneratedBytes.sha256(whole.body())).isEqualTo(GeneratedBytes.sha256(new GeneratedBytes(SEED, SIZE)));

        HttpResponse<byte[]> range = client.send(apiB.builder(path, tokenB).header("Range", "bytes=100-199").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + SIZE);
        byte[] expected = new GeneratedBytes(SEED, 200).readAllBytes();
        assertThat(range.body()).isEqualTo(java.util.Arrays.copyOfRange(expected, 100, 200));

        assertThat(apiB.delete(path, tokenB).status()).isEqualTo(200);
        assertThat(client.send(apiA.builder(path, tokenA).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).as("deleted through B, gone through A").isEqualTo(404);
    }
}
