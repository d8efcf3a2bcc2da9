package rocket.adapters.persistence.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** The pools' limits against a real PostgreSQL: a statement timeout and a bounded wait, both answered as 503. */
class ConnectionPoolsTest {
    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;
    private static DSLContext dsl;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        var settings = new PostgresSettings("127.0.0.1", postgres.getPort(), "postgres", "", "postgres", Map.of(),
                new PostgresSettings.Pools(2, 2, Duration.ofMillis(300), Duration.ofMillis(200),
                        Duration.ofSeconds(10), Duration.ofSeconds(30)));
        pool = ConnectionPools.app(settings, "postgres", new SimpleMeterRegistry());
        dsl = JooqContexts.on(pool);
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
        postgres.close();
    }

    @Test
    void aStatementRunningPastTheTimeoutIsCancelledAndAnswered503() {
        RocketException e = catchThrowableOfType(RocketException.class,
                () -> dsl.fetchValue("SELECT pg_sleep(2)"));
        assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).contains("statement timeout");
        assertThat(dsl.fetchValue("SHOW statement_timeout")).isEqualTo("200ms");
    }

    @Test
    void noConnectionWithinTheAcquireTimeoutIs503WithRetryAfter() throws Exception {
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            RocketException e = catchThrowableOfType(RocketException.class, () -> dsl.fetchValue("SELECT 1"));
            assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(e.retryAfterSeconds()).isEqualTo(1);
        }
        assertThat(dsl.fetchValue("SELECT 1")).as("served again once connections return").isEqualTo(1);
    }

    @Test
    void aConnectionKnowsItsIsolationLevelWithoutAskingTheServer() {
        assertThat(dsl.fetchValue("SHOW transaction_isolation")).isEqualTo("read committed");
        AtomicInteger level = new AtomicInteger(-1);
        catchThrowableOfType(IllegalStateException.class, () -> dsl.transactionResult(() -> dsl.connectionResult(c -> {
            // a failed statement aborts the transaction: the server now refuses every query, SHOW included
            catchThrowableOfType(RuntimeException.class, () -> dsl.execute("SELECT 1/0"));
            level.set(c.getTransactionIsolation());
            throw new IllegalStateException("roll back");
        })));
        assertThat(level.get()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }

    @Test
    void aChangedIsolationLevelIsTrackedAndResetWhenTheConnectionReturns() {
        Object inside = dsl.connectionResult(connection -> {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            return DSL.using(connection).fetchValue("SHOW transaction_isolation");
        });
        assertThat(inside).isEqualTo("serializable");
        assertThat(dsl.fetchValue("SHOW transaction_isolation")).as("after return").isEqualTo("read committed");
    }
}
