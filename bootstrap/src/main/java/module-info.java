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
    requires ch.qos.logback.classic; // the JSON log encoder extends logback's
    requires ch.qos.logback.core;

    exports rocket.bootstrap;
    exports rocket.bootstrap.config;
    // logback instantiates the encoder named in logback.xml
    exports rocket.bootstrap.logging to ch.qos.logback.core, ch.qos.logback.classic;
}
