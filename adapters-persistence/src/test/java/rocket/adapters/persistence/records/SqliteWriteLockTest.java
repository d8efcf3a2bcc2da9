package rocket.adapters.persistence.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.adapters.persistence.contract.SqliteContractDatabases;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.contract.HeldTransaction;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;

/**
 * {@code lock} on SQLite, which has no {@code FOR UPDATE}: a second transaction that locks the row while the first
 * still holds it waits for the first to commit and reads the row as the first left it.
 */
class SqliteWriteLockTest {
    @TempDir
    Path directory;

    @Test
    void aLockThatHadToWaitReadsWhatTheOtherWriterCommitted() throws Exception {
        Entity posts = EntityDefinitions.parse(Map.of("name", "post", "table", "posts",
                "primary_key", Map.of("field", "id", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "views", "type", "int"))));
        DSLContext dsl = SqliteContractDatabases.freshAppDatabase(directory);
        new JooqSchemaMigrator(dsl).migrate(posts);
        JooqRecordStore records = new JooqRecordStore(dsl, new WrittenEntities(written -> { }));
        TransactionRunner transactions = ContractDatabases.transactions(dsl);
        Object id = records.insert(posts, Map.of("views", 1)).get("id");
        CountDownLatch updated = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            records.lock(posts, id).orElseThrow();
            records.update(posts, id, Map.of("views", 2));
            updated.countDown();
            await(commit);
            return id;
        }), HeldTransaction.NEW_THREAD);
        assertThat(updated.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Optional<Map<String, Object>>> second = CompletableFuture.supplyAsync(
                () -> transactions.inTransaction(() -> records.lock(posts, id)), HeldTransaction.NEW_THREAD);
        Thread.sleep(200); // give the second transaction the time to reach the lock (it must still be waiting)
        assertThat(second).as("waits for the first writer").isNotDone();
        commit.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS).orElseThrow()).containsEntry("views", 2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
