package archfixture.rocket.adapters.http;

/** Fixture: an HTTP adapter that runs SQL itself. */
public class BadRouteRunsSql {
    Object query(java.sql.Connection connection) throws java.sql.SQLException {
        return connection.createStatement();
    }
}
