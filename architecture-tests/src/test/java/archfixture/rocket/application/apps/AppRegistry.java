package archfixture.rocket.application.apps;

/** Fixture: the app registry, a locator only the apps feature and bootstrap may hold. */
public class AppRegistry {
    public Object resolve(String app) {
        return app;
    }
}
