package rocket.adapters.persistence.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.sql.Types;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A {@code text[]} column on PostgreSQL, a JSON array in a TEXT column on SQLite (which has no arrays): stores keep
 * one {@code Field<String[]>} for both, and this binding picks the representation by the statement's dialect.
 */
final class TextArrayBinding implements Binding<String[], String[]> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @SuppressWarnings("unchecked")
    private static final Binding<String[], String[]> ARRAY =
            (Binding<String[], String[]>) SQLDataType.CLOB.array().getBinding();

    @Override
    public Converter<String[], String[]> converter() {
        return ARRAY.converter();
    }

    @Override
    public void sql(BindingSQLContext<String[]> ctx) throws SQLException {
        if (!sqlite(ctx.dialect())) {
            ARRAY.sql(ctx);
        } else if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(json(ctx.value())));
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<String[]> ctx) throws SQLException {
        if (sqlite(ctx.dialect())) {
            ctx.statement().registerOutParameter(ctx.index(), Types.VARCHAR);
        } else {
            ARRAY.register(ctx);
        }
    }

    @Override
    public void set(BindingSetStatementContext<String[]> ctx) throws SQLException {
        if (sqlite(ctx.dialect())) {
            ctx.statement().setString(ctx.index(), json(ctx.value()));
        } else {
            ARRAY.set(ctx);
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<String[]> ctx) throws SQLException {
        ARRAY.set(ctx);
    }

    @Override
    public void get(BindingGetResultSetContext<String[]> ctx) throws SQLException {
        if (sqlite(ctx.dialect())) {
            ctx.value(array(ctx.resultSet().getString(ctx.index())));
        } else {
            ARRAY.get(ctx);
        }
    }

    @Override
    public void get(BindingGetStatementContext<String[]> ctx) throws SQLException {
        if (sqlite(ctx.dialect())) {
            ctx.value(array(ctx.statement().getString(ctx.index())));
        } else {
            ARRAY.get(ctx);
        }
    }

    @Override
    public void get(BindingGetSQLInputContext<String[]> ctx) throws SQLException {
        ARRAY.get(ctx);
    }

    private static boolean sqlite(SQLDialect dialect) {
        return dialect.family() == SQLDialect.SQLITE;
    }

    private static String json(String[] value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Values cannot be stored as a JSON array", e);
        }
    }

    private static String[] array(String json) {
        try {
            return json == null ? null : MAPPER.readValue(json, String[].class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON array is malformed", e);
        }
    }
}
