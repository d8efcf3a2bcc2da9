package archfixture.rocket.application.orders;

import archfixture.rocket.application.apps.AppContext;

/** Fixture: a service that reaches through a live app into its database instead of receiving its stores. */
public class BadServiceReachesTheDatabase {
    public Object place(AppContext context) {
        return context.database();
    }
}
