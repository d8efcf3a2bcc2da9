package rocket.adapters.persistence.sql;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Results;
import org.postgresql.PGConnection;

/**
 * The only place SQL is handed over as text (an architecture rule keeps it so): statements jOOQ cannot build —
 * migration scripts shipped in the jar, {@code LISTEN}, {@code COPY}, {@code EXPLAIN}, {@code SHOW}, and statements jOOQ
 * rendered itself, run again ({@link RenderedSql}). Every identifier in them is checked by {@link Identifiers} and
 * quoted; no value is ever spliced in.
 */
public final class PlainSql {
    private PlainSql() {
    }

    /** Runs a statement jOOQ rendered earlier with new values, one per {@code ?}, bound as their Java types say. */
    public static ResultQuery<Record> again(DSLContext dsl, RenderedSql statement, List<Object> values) {
        if (values.size() != statement.binds()) {
            throw new IllegalArgumentException("statement binds " + statement.binds() + " values, got " + values.size());
        }
        return dsl.resultQuery(statement.sql(), values.toArray());
    }

    /**
     * Two statements jOOQ built, sent in one round trip: PgJDBC splits {@code a; b} into two statements (each parsed,
     * planned and bound on its own) and sends both before it waits; the results come back in order.
     */
    public static Results together(DSLContext dsl, ResultQuery<?> first, ResultQuery<?> second) {
        return dsl.resultQuery("{0}; {1}", first, second).fetchMany();
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
