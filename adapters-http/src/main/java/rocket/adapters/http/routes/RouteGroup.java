package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;

/** A set of routes that registers itself on the server. */
public interface RouteGroup {
    void register(RoutesConfig routes);
}
