package rocket.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.domain.file.FileRecord;

class DownloadsTest {
    private final FileRecord file = new FileRecord(UUID.randomUUID(), "a.bin", "/x", "application/octet-stream", 1000,
            null, Instant.now());

    @Test
    void contentDispositionNeverCarriesRawUserText() {
        String header = Downloads.disposition("evil\"\r\nSet-Cookie: x=1;.txt");
        assertThat(header).doesNotContain("\r").doesNotContain("\n").startsWith("inline; filename=\"evil__");
        assertThat(header).contains("filename*=UTF-8''evil%22%0D%0ASet-Cookie%3A%20x%3D1%3B.txt");
        assertThat(Downloads.disposition("日本.pdf")).contains("filename=\"__.pdf\"").contains("%E6%97%A5%E6%9C%AC.pdf");
    }

    @Test
    void rangesAreParsedAndClampedPerRfc9110() {
        assertThat(Downloads.plan(file, "bytes=0-99", null)).isEqualTo(new Downloads.Plan(206, 0, 100, 1000));
        assertThat(Downloads.plan(file, "bytes=-10", null)).isEqualTo(new Downloads.Plan(206, 990, 10, 1000));
        assertThat(Downloads.plan(file, "bytes=900-5000", null)).isEqualTo(new Downloads.Plan(206, 900, 100, 1000));
        assertThat(Downloads.plan(file, "bytes=1000-", null).status()).isEqualTo(416);
        assertThat(Downloads.plan(file, "bytes=5-1", null).status()).isEqualTo(416);
        assertThat(Downloads.plan(file, "bytes=0-1,5-6", null).status()).isEqualTo(200);
        assertThat(Downloads.plan(file, null, Downloads.etag(file)).status()).isEqualTo(304);
    }
}
