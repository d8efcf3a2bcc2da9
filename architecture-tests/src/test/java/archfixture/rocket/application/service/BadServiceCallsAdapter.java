package archfixture.rocket.application.service;

import archfixture.rocket.adapters.persistence.BadStoreWithInject;

/** Fixture: an application service that calls an adapter directly instead of a port. */
public class BadServiceCallsAdapter {
    Object store = new BadStoreWithInject();
}
