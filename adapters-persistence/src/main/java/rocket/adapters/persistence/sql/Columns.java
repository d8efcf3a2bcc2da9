package rocket.adapters.persistence.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.schema.SystemSchema;

/** Typed references to system tables (always in the system schema) and their columns, so stores read as plain jOOQ. */
public final class Columns {
    private Columns() {
    }

    public static Table<?> table(String name) {
        return DSL.table(DSL.name(SystemSchema.NAME, Identifiers.require(name)));
    }

    public static Field<String> text(String name) {
        return DSL.field(DSL.name(Identifiers.require(name)), SQLDataType.CLOB);
    }

    public static Field<UUID> uuid(String name) {
        return DSL.field(DSL.name(Identifiers.require(name)), SQLDataType.UUID);
    }

    public static Field<Boolean> bool(String name) {
        return DSL.field(DSL.name(Identifiers.require(name)), SQLDataType.BOOLEAN);
    }

    /** {@code text[]} on PostgreSQL, a JSON array in TEXT on SQLite (see {@link TextArrayBinding}). */
    public static Field<String[]> textArray(String name) {
        return DSL.field(DSL.name(Identifiers.require(name)),
                SQLDataType.CLOB.array().asConvertedDataType(new TextArrayBinding()));
    }

    public static Field<OffsetDateTime> timestamp(String name) {
        return DSL.field(DSL.name(Identifiers.require(name)), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    /** The statement's time, for {@code updated_at}-style columns, in a form each dialect stores (see {@link Now}). */
    public static Field<OffsetDateTime> now() {
        return Now.INSTANCE;
    }

    /**
     * Newest first by {@code createdAt}. SQLite's timestamps (column defaults) have millisecond resolution, so rows
     * written in the same millisecond come newest-inserted first there (by rowid: a new row gets one above every
     * present row's).
     */
    public static SortField<?>[] newestFirst(DSLContext dsl, Field<OffsetDateTime> createdAt) {
        return dsl.family() == SQLDialect.SQLITE
                ? new SortField<?>[] {createdAt.desc(), DSL.field(DSL.name("rowid")).desc()}
                : new SortField<?>[] {createdAt.desc()};
    }

    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
