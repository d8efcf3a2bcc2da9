package rocket.adapters.persistence.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.adapters.persistence.contract.SqliteContractDatabases;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.contract.HeldTransaction;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * SQLite writes one transaction at a time: a writer that waits for the file's lock longer than the busy timeout
 * is answered 503 (retry later), whether it begins a transaction or writes outside one, never a 500.
 */
class SqliteBusyTest {
    @TempDir
    Path directory;

    @Test
    void aWriterThatWaitsPastTheBusyTimeoutIsServiceUnavailable() throws Exception {
        DSLContext dsl = SqliteContractDatabases.freshAppDatabase(directory);
        var table = DSL.table(DSL.name("notes"));
        var text = DSL.field(DSL.name("text"), SQLDataType.CLOB);
        dsl.createTable(table).column(text).execute();
        TransactionRunner transactions = new JooqTransactionRunner(dsl, new WrittenEntities(written -> { }));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            int inserted = dsl.insertInto(table).set(text, "held").execute();
            holding.countDown();
            await(release);
            return inserted;
        }), HeldTransaction.NEW_THREAD);
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            RocketException transaction = catchThrowableOfType(RocketException.class,
                    () -> transactions.inTransaction(() -> dsl.insertInto(table).set(text, "second").execute()));
            RocketException statement = catchThrowableOfType(RocketException.class,
                    () -> dsl.insertInto(table).set(text, "alone").execute());

            assertThat(transaction.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(statement.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        } finally {
            release.countDown();
        }
        assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(dsl.fetchCount(table)).as("only the holder's row").isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
