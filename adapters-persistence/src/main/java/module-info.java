/** PostgreSQL adapters: jOOQ over HikariCP, Flyway-managed system tables, per-app databases. */
module rocket.adapters.persistence {
    requires rocket.application;
    requires org.jooq;
    requires com.zaxxer.hikari;
    requires java.sql;
    requires org.postgresql.jdbc;
    requires flyway.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.github.benmanes.caffeine;
    requires micrometer.core;

    exports rocket.adapters.persistence;
    exports rocket.adapters.persistence.sql;
    exports rocket.adapters.persistence.cache;
    exports rocket.adapters.persistence.changes;
}
