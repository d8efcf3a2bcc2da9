package rocket.adapters.persistence.sql;

import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * The SQL text of a statement jOOQ built and rendered itself (identifiers quoted, every value a {@code ?}), kept to
 * be run again with other values by {@link PlainSql#again}. It can only be made from a jOOQ query, so no text from
 * anywhere else reaches the database this way.
 */
public final class RenderedSql {
    private final String sql;
    private final int binds;

    private RenderedSql(String sql, int binds) {
        this.sql = sql;
        this.binds = binds;
    }

    public static RenderedSql of(DSLContext dsl, Query query) {
        return new RenderedSql(dsl.render(query), query.getBindValues().size());
    }

    /** How many values the statement binds. */
    public int binds() {
        return binds;
    }

    String sql() {
        return sql;
    }
}
