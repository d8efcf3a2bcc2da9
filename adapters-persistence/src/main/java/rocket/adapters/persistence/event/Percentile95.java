package rocket.adapters.persistence.event;

import org.jooq.Context;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.CustomField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The interpolated 95th percentile of a column: PostgreSQL's {@code percentile_cont(0.95) WITHIN GROUP (ORDER BY x)};
 * SQLite has no ordered-set aggregates but its percentile functions (built into the xerial driver's SQLite) give the
 * same value as {@code percentile_cont(x, 0.95)}.
 */
final class Percentile95 extends CustomField<Double> {
    private static final double FRACTION = 0.95;
    private final Field<Double> column;

    Percentile95(Field<Double> column) {
        super(DSL.name("p95"), SQLDataType.DOUBLE);
        this.column = column;
    }

    @Override
    public void accept(Context<?> ctx) {
        if (ctx.family() == SQLDialect.SQLITE) {
            ctx.visit(DSL.function(DSL.unquotedName("percentile_cont"), SQLDataType.DOUBLE, column,
                    DSL.inline(FRACTION)));
        } else {
            ctx.visit(DSL.percentileCont(FRACTION).withinGroupOrderBy(column));
        }
    }
}
