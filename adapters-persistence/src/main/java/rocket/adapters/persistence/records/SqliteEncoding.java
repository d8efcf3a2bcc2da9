package rocket.adapters.persistence.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultBinding;

/**
 * A column binding that is jOOQ's own on PostgreSQL and, on SQLite (which has no uuid, timestamptz, date, exact
 * numeric or jsonb), stores the value in a form that compares and sorts as PostgreSQL's type does and reads back
 * equal to what PostgreSQL returns: uuids as lower-case text, timestamps as fixed-width UTC text rounded to
 * microseconds, dates as ISO text, JSON as its text, decimals as numbers (integers exactly, others as SQLite's
 * 8-byte REAL: 15 significant digits) read back at the column's scale.
 */
final class SqliteEncoding<T> implements Binding<T, T> {
    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSX");

    private final Binding<T, T> standard;
    private final Function<T, Object> encode;
    private final Function<String, T> decode;

    private SqliteEncoding(DataType<T> type, Function<T, Object> encode, Function<String, T> decode) {
        this.standard = DefaultBinding.binding(type);
        this.encode = encode;
        this.decode = decode;
    }

    static DataType<UUID> uuid(DataType<UUID> type) {
        return type.asConvertedDataType(new SqliteEncoding<>(type, UUID::toString, UUID::fromString));
    }

    static DataType<OffsetDateTime> timestamp(DataType<OffsetDateTime> type) {
        return type.asConvertedDataType(new SqliteEncoding<>(type, SqliteEncoding::utcText,
                text -> OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC)));
    }

    static DataType<LocalDate> date(DataType<LocalDate> type) {
        return type.asConvertedDataType(new SqliteEncoding<>(type, LocalDate::toString, LocalDate::parse));
    }

    static DataType<JSONB> json(DataType<JSONB> type) {
        return type.asConvertedDataType(new SqliteEncoding<>(type, JSONB::data, JSONB::valueOf));
    }

    /** {@code scale}: the column's (null when unconstrained), which PostgreSQL's values always carry. */
    static DataType<BigDecimal> decimal(DataType<BigDecimal> type, Integer scale) {
        return type.asConvertedDataType(new SqliteEncoding<>(type, SqliteEncoding::number, text -> {
            BigDecimal value = new BigDecimal(text);
            return scale == null ? value : value.setScale(scale, RoundingMode.HALF_EVEN);
        }));
    }

    private static Object utcText(OffsetDateTime value) {
        OffsetDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC);
        // PostgreSQL keeps microseconds and rounds the rest
        OffsetDateTime micros = utc.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        return UTC_MICROS.format(micros);
    }

    private static Object number(BigDecimal value) {
        return integral(value) ? (Object) value.longValueExact() : (Object) value.doubleValue();
    }

    private static boolean integral(BigDecimal value) {
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        try {
            value.longValueExact();
            return true;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    /** Whether {@link #number} keeps the value exactly: a 64-bit integer, or a REAL of at most 15 significant digits. */
    static boolean keepsExactly(BigDecimal value) {
        return integral(value) || value.stripTrailingZeros().precision() <= 15;
    }

    private static boolean sqlite(org.jooq.Scope scope) {
        return scope.dialect().family() == SQLDialect.SQLITE;
    }

    @Override
    public Converter<T, T> converter() {
        return standard.converter();
    }

    @Override
    public void sql(BindingSQLContext<T> ctx) throws SQLException {
        if (!sqlite(ctx)) {
            standard.sql(ctx);
        } else if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(ctx.value() == null ? null : encode.apply(ctx.value())));
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<T> ctx) throws SQLException {
        standard.register(ctx);
    }

    @Override
    public void set(BindingSetStatementContext<T> ctx) throws SQLException {
        if (!sqlite(ctx)) {
            standard.set(ctx);
        } else if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), Types.NULL);
        } else {
            ctx.statement().setObject(ctx.index(), encode.apply(ctx.value()));
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<T> ctx) throws SQLException {
        standard.set(ctx);
    }

    @Override
    public void get(BindingGetResultSetContext<T> ctx) throws SQLException {
        if (!sqlite(ctx)) {
            standard.get(ctx);
            return;
        }
        String text = ctx.resultSet().getString(ctx.index());
        ctx.value(text == null ? null : decode.apply(text));
    }

    @Override
    public void get(BindingGetStatementContext<T> ctx) throws SQLException {
        standard.get(ctx);
    }

    @Override
    public void get(BindingGetSQLInputContext<T> ctx) throws SQLException {
        standard.get(ctx);
    }
}
