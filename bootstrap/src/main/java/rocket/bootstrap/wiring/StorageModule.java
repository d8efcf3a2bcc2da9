package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import rocket.adapters.storage.LocalDiskFileStorage;
import rocket.adapters.storage.S3FileStorage;
import rocket.adapters.storage.S3Settings;
import rocket.application.files.port.out.FileStorage;
import rocket.bootstrap.config.ConfigException;
import rocket.bootstrap.config.RocketConfig;
import rocket.bootstrap.config.StartFailure;

/**
 * Wires the file storage the configuration chose: local disk, or an S3-compatible bucket, which must be usable at start
 * (an unknown bucket, refused credentials or an unreachable endpoint fail the start in one line, exit code 1).
 */
@Module
public interface StorageModule {
    @Provides
    @Singleton
    static FileStorage fileStorage(RocketConfig config) {
        RocketConfig.S3 s3 = config.storage().s3();
        if (s3 == null) {
            return new LocalDiskFileStorage(config.storage().directory());
        }
        S3FileStorage storage;
        try {
            storage = S3FileStorage.connect(new S3Settings(s3.bucket(), s3.region(), s3.endpoint(), s3.pathStyle()));
        } catch (IllegalArgumentException noRegion) {
            throw new ConfigException(noRegion.getMessage() + ": set storage-s3-region (ROCKET_STORAGE_S3_REGION)");
        }
        try {
            storage.requireBucket();
        } catch (IllegalStateException unusable) {
            storage.close();
            throw new StartFailure(unusable.getMessage(), unusable);
        }
        return storage;
    }
}
