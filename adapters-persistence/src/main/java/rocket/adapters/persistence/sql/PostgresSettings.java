package rocket.adapters.persistence.sql;

/**
 * Where the PostgreSQL server is and how big the pools are. The management database and every
 * app database live on the same server with the same credentials.
 */
public record PostgresSettings(String host, int port, String user, String password, String managementDatabase,
                               int managementPoolSize, int appPoolSize) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + Identifiers.require(database);
    }

    @Override
    public String toString() {
        return "PostgresSettings[" + user + "@" + host + ":" + port + "/" + managementDatabase
                + ", pool=" + managementPoolSize + ", appPool=" + appPoolSize + "]"; // no password
    }
}
