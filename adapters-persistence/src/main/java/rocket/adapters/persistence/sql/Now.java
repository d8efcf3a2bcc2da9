package rocket.adapters.persistence.sql;

import java.time.OffsetDateTime;
import org.jooq.Context;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The statement's time as a timestamp with offset. PostgreSQL: {@code current_timestamp}. SQLite keeps timestamps as
 * TEXT, and jOOQ's {@code cast(current_timestamp as timestamp with time zone)} turns into a number there (numeric
 * affinity), so SQLite gets the UTC text its column defaults write: {@code strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')}.
 */
final class Now extends CustomField<OffsetDateTime> {
    static final Field<OffsetDateTime> INSTANCE = new Now();

    private Now() {
        super(DSL.name("now"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    @Override
    public void accept(Context<?> ctx) {
        if (ctx.family() == SQLDialect.SQLITE) {
            ctx.visit(DSL.function(DSL.unquotedName("strftime"), SQLDataType.TIMESTAMPWITHTIMEZONE,
                    DSL.inline("%Y-%m-%d %H:%M:%f+00:00"), DSL.inline("now")));
        } else {
            ctx.visit(DSL.currentOffsetDateTime());
        }
    }
}
