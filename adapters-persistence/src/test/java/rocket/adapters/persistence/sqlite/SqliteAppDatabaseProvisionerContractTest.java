package rocket.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppDatabaseProvisioner;
import rocket.application.apps.port.out.contract.AppDatabaseProvisionerContract;
import rocket.application.events.port.out.QueryObserver;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** SQLite files under a data directory, opened through small Hikari pools, meet the provisioner contract. */
class SqliteAppDatabaseProvisionerContractTest extends AppDatabaseProvisionerContract {
    @TempDir
    Path dataDir;

    @Override
    protected AppDatabaseProvisioner provisioner() {
        return new SqliteAppDatabaseProvisioner(dataDir, SqliteAppDatabases.POOLS, new SimpleMeterRegistry(),
                QueryObserver.NONE);
    }

    @Test
    void theDatabaseIsOneFileUnderAppsAndGoesWithItsLogOnDrop() {
        provisioner.create("rocket_files");
        Path file = dataDir.resolve("apps/rocket_files.sqlite");
        try (AppDatabase database = provisioner.open("rocket_files", entities -> { })) {
            database.users().create("a@example.com", "h", java.util.List.of(), true);
            assertThat(file).isRegularFile();
            assertThat(dataDir.resolve("apps/rocket_files.sqlite-wal")).as("WAL journal").exists();
        }
        provisioner.drop("rocket_files");
        assertThat(dataDir.resolve("apps")).isEmptyDirectory();
    }

    @Test
    void aNameThatIsNoIdentifierIsRefusedBeforeAnyFileIsTouched() {
        assertThatThrownBy(() -> provisioner.create("../escape")).isInstanceOf(RuntimeException.class);
        assertThat(Files.exists(dataDir.resolve("escape.sqlite"))).isFalse();
    }

    @Test
    void aSecondServerOnTheSameFileIsRefusedUntilTheFirstClosesIt() {
        provisioner.create("rocket_one");
        AppDatabaseProvisioner second = provisioner();
        try (AppDatabase first = provisioner.open("rocket_one", entities -> { })) {
            assertThatThrownBy(() -> second.open("rocket_one", entities -> { }))
                    .isInstanceOfSatisfying(RocketException.class, e -> assertThat(e.code())
                            .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE))
                    .hasMessageContaining("open in another Rocket server");
        }
        try (AppDatabase reopened = second.open("rocket_one", entities -> { })) {
            assertThat(reopened.users().findByEmail("nobody@example.com")).isEmpty();
        }
    }

    @Test
    void openingADatabaseThatWasNeverCreatedFailsInsteadOfCreatingIt() {
        assertThatThrownBy(() -> provisioner.open("rocket_never", entities -> { }))
                .isInstanceOfSatisfying(RocketException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
        assertThat(dataDir.resolve("apps/rocket_never.sqlite")).doesNotExist();
    }
}
