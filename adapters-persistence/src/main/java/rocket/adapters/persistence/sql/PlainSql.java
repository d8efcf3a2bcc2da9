package rocket.adapters.persistence.sql;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Results;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;

/**
 * The only place SQL is handed over as text (an architecture rule keeps it so): statements jOOQ cannot build —
 * migration scripts shipped in the jar, {@code LISTEN}, {@code COPY}, {@code EXPLAIN}, {@code SHOW}, SQLite's
 * {@code RETURNING} of an insert and its catalog, and statements jOOQ rendered itself, run again
 * ({@link RenderedSql}) or kept by SQLite's catalog. Every identifier in them is checked by {@link Identifiers} and
 * quoted; no value is ever spliced in.
 */
public final class PlainSql {
    private PlainSql() {
    }

    /** Runs a statement jOOQ rendered earlier with new values, one per {@code ?}, bound as their Java types say. */
    public static ResultQuery<Record> again(DSLContext dsl, RenderedSql statement, List<Object> values) {
        return dsl.resultQuery(statement.sql(), binds(statement, values));
    }

    /** {@link #again} for a statement that answers no rows (an insert without {@code RETURNING}). */
    public static Query againWithoutRows(DSLContext dsl, RenderedSql statement, List<Object> values) {
        return dsl.query(statement.sql(), binds(statement, values));
    }

    private static Object[] binds(RenderedSql statement, List<Object> values) {
        if (values.size() != statement.binds()) {
            throw new IllegalArgumentException("statement binds " + statement.binds() + " values, got " + values.size());
        }
        return values.toArray();
    }

    /**
     * Two statements jOOQ built, sent in one round trip: PgJDBC splits {@code a; b} into two statements (each parsed,
     * planned and bound on its own) and sends both before it waits; the results come back in order.
     */
    public static Results together(DSLContext dsl, ResultQuery<?> first, ResultQuery<?> second) {
        return dsl.resultQuery("{0}; {1}", first, second).fetchMany();
    }

    /**
     * An insert jOOQ built with SQLite's {@code RETURNING} clause (jOOQ emulates it by re-reading the last rowid,
     * which returns one row of a multi-row insert): read the rows with {@code coerce(fields)}.
     */
    public static ResultQuery<Record> returning(DSLContext dsl, Query insert, List<? extends SelectField<?>> fields) {
        return dsl.resultQuery("{0} returning {1}", insert, DSL.list(fields));
    }

    /** A SQLite table's columns in their order: name, declared type, not-null flag, default expression, key position. */
    public static Result<Record> sqliteColumns(DSLContext dsl, String table) {
        // the driver types a result column by its first row's value: a NULL default would make every default NULL
        return dsl.resultQuery("select name, type, \"notnull\", cast(dflt_value as text), pk from pragma_table_info(?)"
                + " order by cid", Identifiers.require(table)).fetch();
    }

    /** A default expression as SQLite's catalog holds it (jOOQ rendered it when it created the column). */
    public static Field<Object> sqliteCatalogExpression(String sql) {
        return DSL.field(sql);
    }

    /** Runs a statement SQLite's catalog holds ({@code sqlite_schema.sql}: an index jOOQ created), to recreate it. */
    public static void sqliteCatalogStatement(DSLContext dsl, String sql) {
        dsl.execute(sql);
    }

    /** Runs a migration script from our own resources with {@code schema} first on the search path. */
    public static void runScript(Connection connection, String schema, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path TO " + quote(schema) + ", public");
            statement.execute(script);
        }
    }

    /** Subscribes the connection to a notification channel. */
    public static void listen(Connection connection, String channel) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + quote(channel));
        }
    }

    /** Streams rows in COPY text format into {@code schema.table (columns)}; returns the rows written. */
    public static long copyIn(Connection connection, String schema, String table, List<String> columns, Reader rows)
            throws SQLException, IOException {
        String sql = "COPY " + quote(schema) + "." + quote(table) + " ("
                + columns.stream().map(PlainSql::quote).collect(Collectors.joining(", ")) + ") FROM STDIN";
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, rows);
    }

    /**
     * The planner's output for a query jOOQ built ({@code EXPLAIN} never runs it); its values stay bind parameters.
     */
    public static String explainJson(DSLContext dsl, Query query) {
        return String.valueOf(dsl.fetchValue("explain (format json) " + dsl.render(query),
                query.getBindValues().toArray()));
    }

    /** The server's version as it reports it ({@code server_version}, e.g. {@code 18.1}). */
    public static String serverVersion(DSLContext dsl) {
        return String.valueOf(dsl.fetchValue("SHOW server_version"));
    }

    private static String quote(String identifier) {
        return '"' + Identifiers.require(identifier) + '"';
    }
}
