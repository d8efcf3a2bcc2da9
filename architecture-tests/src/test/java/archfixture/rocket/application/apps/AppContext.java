package archfixture.rocket.application.apps;

/** Fixture: a loaded app; its database is for the apps feature and bootstrap only. */
public class AppContext {
    public Object database() {
        return this;
    }
}
