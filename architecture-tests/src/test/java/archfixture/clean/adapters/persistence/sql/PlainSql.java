package archfixture.clean.adapters.persistence.sql;

/** Fixture: the one allow-listed class that may hand SQL text to JDBC. */
public final class PlainSql {
    private PlainSql() {
    }

    public static boolean listen(java.sql.Statement statement) throws java.sql.SQLException {
        return statement.execute("LISTEN changes");
    }
}
