package archfixture.rocket.adapters.http;

import archfixture.rocket.adapters.persistence.BadStoreWithInject;

/** Fixture: an HTTP adapter that calls the persistence adapter. */
public class BadRouteCallsStore {
    Object store = new BadStoreWithInject();
}
