/** Composition root: configuration, the embedded PostgreSQL default, the Dagger graph and {@code Main}. */
module rocket.bootstrap {
    requires rocket.application; // the services it wires
    requires rocket.adapters.persistence; // stores, pools, change feed
    requires rocket.adapters.http; // the server and outbound HTTP
    requires rocket.adapters.storage; // local-disk or S3 files
    requires rocket.adapters.expressions; // the EL engine
    requires dagger; // the compile-time object graph
    requires jakarta.inject; // Dagger's annotations
    requires static java.compiler; // compile time only: Dagger's generated code references javax.annotation.processing.Generated
    requires embedded.postgres; // locates the PostgreSQL binaries bundle of this platform
    requires org.apache.commons.compress; // unpacks that bundle (tar)
    requires org.tukaani.xz; // ... compressed with xz
    requires org.snakeyaml.engine; // app.yaml
    requires org.slf4j; // startup and shutdown logging
    requires micrometer.core; // the meter registry shared by the adapters
    requires micrometer.registry.prometheus; // its Prometheus flavour
    requires ch.qos.logback.classic; // the JSON log encoder extends logback's
    requires ch.qos.logback.core; // ... and its encoder base

    exports rocket.bootstrap;
    exports rocket.bootstrap.config;
    // logback instantiates the encoder named in logback.xml
    exports rocket.bootstrap.logging to ch.qos.logback.core, ch.qos.logback.classic;
}
