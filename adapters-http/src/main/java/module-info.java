/** Inbound HTTP (Javalin on Jetty, virtual threads), JSON mapping, authentication and token/password adapters. */
module rocket.adapters.http {
    requires rocket.application; // calls the port.in use cases, implements outbound HTTP ports
    requires io.javalin; // routes, virtual-thread request handling, streaming
    requires org.eclipse.jetty.server; // connector limits, graceful stop and error pages below Javalin
    requires org.eclipse.jetty.ee10.servlet; // a change stream's send timeout on its own connection
    requires com.fasterxml.jackson.databind; // JSON bodies and answers
    requires com.fasterxml.jackson.datatype.jsr310; // java.time values in JSON
    requires com.auth0.jwt; // HS256 access tokens (TokenIssuer port)
    requires spring.security.crypto; // bcrypt only (PasswordHasher port)
    requires org.slf4j; // the access log and error logging
    requires java.net.http; // webhook and AI clients
    requires micrometer.core; // request and webhook meters
    requires micrometer.registry.prometheus; // the scrape endpoint
    requires jdk.httpserver; // the separate metrics port: one GET route, no second Jetty
    requires io.github.bucket4j.core; // login and refresh rate limits

    exports rocket.adapters.http;
    exports rocket.adapters.http.security;
    exports rocket.adapters.http.outbound;
}
