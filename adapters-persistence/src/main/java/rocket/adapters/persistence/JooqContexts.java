package rocket.adapters.persistence;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The jOOQ configuration every store uses: PostgreSQL dialect, every name quoted. */
public final class JooqContexts {
    private JooqContexts() {
    }

    public static DSLContext on(DataSource dataSource) {
        return DSL.using(dataSource, SQLDialect.POSTGRES,
                new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS).withExecuteLogging(false));
    }
}
