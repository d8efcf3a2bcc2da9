package archfixture.rocket.application.service;

/** Fixture: an application service that depends on the web framework. */
public class BadServiceUsesJavalin {
    String path(io.javalin.http.Context ctx) {
        return ctx.path();
    }
}
