/** Composition root: configuration, the embedded PostgreSQL default, the Dagger graph and {@code Main}. */
module rocket.bootstrap {
    requires rocket.application;
    requires rocket.adapters.persistence;
    requires rocket.adapters.http;
    requires rocket.adapters.storage;
    requires rocket.adapters.expressions;
    requires dagger;
    requires jakarta.inject;
    requires static java.compiler;
    requires embedded.postgres;
    requires org.apache.commons.compress;
    requires org.tukaani.xz;
    requires org.snakeyaml.engine;
    requires org.slf4j;
    requires micrometer.core;
    requires micrometer.registry.prometheus;

    exports rocket.bootstrap;
    exports rocket.bootstrap.config;
}
