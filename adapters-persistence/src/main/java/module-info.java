/** PostgreSQL adapters: jOOQ over HikariCP, Flyway-managed system tables, per-app databases. */
module rocket.adapters.persistence {
    requires rocket.application; // implements the store ports
    requires org.jooq; // every statement built and quoted by jOOQ
    requires com.zaxxer.hikari; // connection pools per app
    requires java.sql; // JDBC underneath jOOQ and Flyway
    requires org.postgresql.jdbc; // the driver; COPY and LISTEN/NOTIFY are PostgreSQL-specific
    requires org.xerial.sqlitejdbc; // SQLite app databases: its connection settings and result codes
    requires flyway.core; // versioned system schemas
    requires org.slf4j; // logging of the change feed and pools
    requires com.fasterxml.jackson.databind; // JSONB definitions and EXPLAIN output
    requires com.github.benmanes.caffeine; // the result cache (ResultCache port)
    requires micrometer.core; // pool and cache meters

    exports rocket.adapters.persistence;
    exports rocket.adapters.persistence.sql;
    exports rocket.adapters.persistence.cache;
    exports rocket.adapters.persistence.changes;
    exports rocket.adapters.persistence.sqlite;
}
