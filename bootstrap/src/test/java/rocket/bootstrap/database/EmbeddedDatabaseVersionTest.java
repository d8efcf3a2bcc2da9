package rocket.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.bootstrap.config.StartFailure;

class EmbeddedDatabaseVersionTest {

    @Test
    void aClusterOfAnotherMajorVersionIsRefusedWithAPlainMessage(@TempDir Path dataDir) throws Exception {
        // what a data directory made by a Rocket that bundled PostgreSQL 17 looks like to this one
        Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(dataDir.resolve("postgres/PG_VERSION"), "17\n");

        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 10, false))
                .isInstanceOf(StartFailure.class)
                .hasMessageContaining("made by PostgreSQL 17")
                .hasMessageContaining("bundles PostgreSQL 18")
                .hasMessageContaining("Upgrading");
    }
}
