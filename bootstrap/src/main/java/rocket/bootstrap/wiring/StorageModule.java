package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import rocket.adapters.storage.LocalDiskFileStorage;
import rocket.application.files.port.out.FileStorage;
import rocket.bootstrap.config.RocketConfig;

/** Wires the local-disk file storage. */
@Module
public interface StorageModule {
    @Provides
    @Singleton
    static FileStorage fileStorage(RocketConfig config) {
        return new LocalDiskFileStorage(config.storage().directory());
    }
}
