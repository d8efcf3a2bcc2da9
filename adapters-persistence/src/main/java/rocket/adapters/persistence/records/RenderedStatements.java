package rocket.adapters.persistence.records;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Query;
import rocket.adapters.persistence.sql.RenderedSql;
import rocket.domain.metadata.Entity;

/**
 * The SQL text of the hottest statements (insert, update by key, find by one field), rendered by jOOQ once per
 * shape and reused with new bind values. Rendering the statement tree was the largest share of a write's CPU in
 * the profiles, while the text of a shape never changes: the same entity (a metadata reload makes new entities, so
 * new shapes), the same statement, the same columns and which of them bind a null. Identifiers are still quoted
 * by jOOQ and every value is still a bind parameter; the statement still runs through jOOQ (spans, error
 * translation). Bounded: when full it is emptied and refills with the shapes in use.
 */
final class RenderedStatements {
    private static final int MAX_SHAPES = 4096;
    private final Map<Shape, RenderedSql> sql = new ConcurrentHashMap<>();
    private final DSLContext dsl;

    /** A statement's shape; the entity is compared by identity (records compare deeply, which costs per lookup). */
    private record Shape(Entity entity, String statement, List<String> columns) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Shape shape && shape.entity == entity && shape.statement.equals(statement)
                    && shape.columns.equals(columns);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(entity), statement, columns);
        }
    }

    RenderedStatements(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The SQL of {@code statement} on {@code entity} over {@code columns}, rendered from {@code build} the first
     * time; empty when the built statement does not bind exactly {@code binds} values (then it is not reusable).
     */
    Optional<RenderedSql> sql(Entity entity, String statement, List<String> columns, int binds,
                              Supplier<Query> build) {
        Shape shape = new Shape(entity, statement, columns);
        RenderedSql known = sql.get(shape);
        if (known != null) {
            return Optional.of(known);
        }
        RenderedSql rendered = RenderedSql.of(dsl, build.get());
        if (rendered.binds() != binds) {
            return Optional.empty();
        }
        if (sql.size() >= MAX_SHAPES) {
            sql.clear();
        }
        sql.put(shape, rendered);
        return Optional.of(rendered);
    }
}
