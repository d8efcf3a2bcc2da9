package archfixture.rocket.adapters.storage;

/** Fixture: an adapter that declares its own Dagger module. */
@dagger.Module
public class BadStorageModule {
}
