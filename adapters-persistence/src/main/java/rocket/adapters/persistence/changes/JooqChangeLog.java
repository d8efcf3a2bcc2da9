package rocket.adapters.persistence.changes;

import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.PlainSql;
import rocket.adapters.persistence.sql.RenderedSql;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.LoggedChange;
import rocket.application.records.port.out.RecordChange;

/** The change log in the app database's {@code _changes}. */
public final class JooqChangeLog implements ChangeLog {
    private static final Table<Record> CHANGES = DSL.table(Columns.table("_changes").getQualifiedName());
    private static final Field<Long> SEQ = DSL.field(DSL.name("seq"), SQLDataType.BIGINT);
    private static final Field<String> ENTITY = text("entity");
    private static final Field<String> RECORD_KEY = text("record_key");
    private static final Field<String> OP = text("op");
    private static final Field<OffsetDateTime> AT = timestamp("at");

    private final DSLContext dsl;
    /** Every write appends one change: rendering its insert each time was an eighth of a create's CPU. */
    private final RenderedSql appendOne;

    public JooqChangeLog(DSLContext dsl) {
        this.dsl = dsl;
        this.appendOne = RenderedSql.of(dsl, insert(List.of(new RecordChange("", "", RecordChange.Op.CREATED))));
    }

    @Override
    public void append(List<RecordChange> changes) {
        if (changes.size() == 1) {
            RecordChange change = changes.getFirst();
            PlainSql.againWithoutRows(dsl, appendOne, List.of(change.entity(), change.key(), change.op().label()))
                    .execute();
        } else if (!changes.isEmpty()) {
            insert(changes).execute();
        }
    }

    private InsertValuesStep3<Record, String, String, String> insert(List<RecordChange> changes) {
        InsertValuesStep3<Record, String, String, String> insert = dsl.insertInto(CHANGES, ENTITY, RECORD_KEY, OP);
        for (RecordChange change : changes) {
            insert = insert.values(change.entity(), change.key(), change.op().label());
        }
        return insert;
    }

    @Override
    public List<LoggedChange> after(long after, int limit) {
        return dsl.select(SEQ, ENTITY, RECORD_KEY, OP).from(CHANGES).where(SEQ.gt(after)).orderBy(SEQ).limit(limit)
                .fetch(row -> new LoggedChange(row.get(SEQ),
                        new RecordChange(row.get(ENTITY), row.get(RECORD_KEY), RecordChange.Op.of(row.get(OP)))));
    }

    @Override
    public long latest() {
        Long latest = dsl.select(DSL.max(SEQ)).from(CHANGES).fetchOne(0, Long.class);
        return latest == null ? 0 : latest;
    }

    @Override
    public long oldest() {
        Long oldest = dsl.select(DSL.min(SEQ)).from(CHANGES).fetchOne(0, Long.class);
        return oldest == null ? 0 : oldest;
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return dsl.deleteFrom(CHANGES).where(AT.lt(cutoff.atOffset(ZoneOffset.UTC)))
                .and(SEQ.lt(DSL.select(DSL.max(SEQ)).from(CHANGES))).execute();
    }
}
