package archfixture.rocket.application.orders;

import archfixture.rocket.application.apps.AppRegistry;

/** Fixture: a service that looks its stores up in the registry instead of receiving them. */
public class BadServiceTakesTheRegistry {
    private final AppRegistry apps;

    public BadServiceTakesTheRegistry(AppRegistry apps) {
        this.apps = apps;
    }

    public Object place(String app) {
        return apps.resolve(app);
    }
}
