/** Inbound HTTP (Javalin on Jetty, virtual threads), JSON mapping, authentication and token/password adapters. */
module rocket.adapters.http {
    requires rocket.application;
    requires io.javalin;
    requires org.eclipse.jetty.server;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.auth0.jwt;
    requires spring.security.crypto;
    requires org.slf4j;
    requires java.net.http;
    requires micrometer.core;
    requires micrometer.registry.prometheus;
    requires jdk.httpserver; // the separate metrics port: one GET route, no second Jetty
    requires io.github.bucket4j.core;

    exports rocket.adapters.http;
    exports rocket.adapters.http.security;
    exports rocket.adapters.http.outbound;
}
