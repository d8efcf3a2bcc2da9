package archfixture.rocket.adapters.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Fixture: a store that builds SQL from text, through jOOQ's plain-SQL API and through JDBC. */
public class BadStoreWritesSqlText {
    Object byJooq(DSLContext dsl, String name) {
        return dsl.select(DSL.field("name = '" + name + "'")).fetch();
    }

    boolean byJdbc(java.sql.Statement statement, String name) throws java.sql.SQLException {
        return statement.execute("select '" + name + "'");
    }
}
