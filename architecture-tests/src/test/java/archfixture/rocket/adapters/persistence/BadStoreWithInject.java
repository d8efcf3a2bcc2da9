package archfixture.rocket.adapters.persistence;

/** Fixture: an adapter annotated for dependency injection. */
public class BadStoreWithInject {
    @jakarta.inject.Inject
    public BadStoreWithInject() {
    }
}
