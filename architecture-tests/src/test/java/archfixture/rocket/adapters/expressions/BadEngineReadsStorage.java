package archfixture.rocket.adapters.expressions;

import archfixture.rocket.adapters.storage.BadStorageModule;

/** Fixture: an expression adapter that reaches into the storage adapter. */
public class BadEngineReadsStorage {
    Object storage = new BadStorageModule();
}
