package rocket.application.definitions.port.out;

import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Relation;

/**
 * Brings business tables in line with metadata: creates tables, adds columns and indexes, widens types safely.
 * Never drops or renames anything; an unsafe change is a VALIDATION_FAILED naming the column.
 * Runs inside the caller's transaction (PostgreSQL DDL is transactional).
 */
public interface SchemaMigrator {
    void migrate(Entity entity);

    /** Creates the join table of a many-to-many relation when absent. */
    void createJoinTable(Relation relation, Entity source, Entity target);

    /** Indexes the foreign key of a one-to-one/one-to-many relation on the target table. */
    void indexForeignKey(Relation relation, Entity target);
}
