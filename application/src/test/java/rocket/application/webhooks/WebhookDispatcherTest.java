package rocket.application.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.contract.MovableClock;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.OutboundRequest;
import rocket.application.webhooks.port.out.WebhookSender;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.webhook.WebhookLog;

/**
 * Dispatcher passes over the loaded apps' outboxes, on in-memory stores and a sender that answers as told. Unless a
 * test starts the recorder, outcomes wait for {@code close()}, so a pass is observed step by step.
 */
class WebhookDispatcherTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final WebhookSettings SETTINGS = new WebhookSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofSeconds(30), Duration.ofSeconds(90), 4, Duration.ofSeconds(1));
    private final InMemoryWebhookLogStore logs = new InMemoryWebhookLogStore(Clock.fixed(NOW.minusSeconds(2),
            ZoneOffset.UTC));
    private final List<OutboundRequest> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<String> meter = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger claims = new AtomicInteger();
    /** The dispatcher's clock: {@code NOW} unless a test moves it. */
    private final MovableClock clock = new MovableClock(NOW);
    private final TransactionRunner direct = new TransactionRunner() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            claims.incrementAndGet(); // the dispatcher's only transaction is a claim
            return work.get();
        }
    };

    private WebhookDispatcher dispatcher(int answer) {
        return dispatcher(request -> new Delivery(answer, "answer " + answer, null), Runnable::run);
    }

    private WebhookDispatcher dispatcher(WebhookSender answers, Executor workers) {
        WebhookStores stores = new WebhookStores(logs, direct);
        return new WebhookDispatcher(() -> List.of("gone", "shop"), app -> {
            if (app.equals("gone")) { // deleted since it was listed
                throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + app);
            }
            return stores;
        }, request -> {
            sent.add(request);
            return answers.send(request);
        }, new WebhookEnvironment("ROCKET_WEBHOOK_ENV_", Map.of()), SETTINGS, clock,
                workers, (status, lag) -> meter.add(status + " " + lag));
    }

    private void queue(int count, int maxAttempts) {
        List<WebhookLog> deliveries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deliveries.add(new WebhookLog(null, UUID.randomUUID(), "order", "after_write", "https://hooks.test/o",
                    "POST", Map.of(), Map.of("event", "after_write"), null, "", WebhookLog.PENDING, 0, maxAttempts,
                    null, "", "wh_" + i, null, null));
        }
        logs.enqueueAll(deliveries);
    }

    private long withStatus(String status) {
        return logs.all().stream().filter(l -> l.status().equals(status)).count();
    }

    @Test
    void theGaugesCountTheLoadedAppsAndSkipOneDeletedSinceTheListing() {
        queue(2, 3);
        WebhookDispatcher dispatcher = dispatcher(204);
        assertThat(dispatcher.waiting()).isEqualTo(2);
        assertThat(dispatcher.oldestWaiting()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aQueuedDeliveryOfALoadedAppIsSentOnceAndRecordedAsDelivered() {
        queue(1, 3);
        WebhookDispatcher dispatcher = dispatcher(204);
        dispatcher.run();
        dispatcher.run(); // nothing due any more, and the app is left alone until its idle recheck
        dispatcher.close();

        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.url()).isEqualTo("https://hooks.test/o");
            assertThat(request.headers()).containsEntry("Idempotency-Key", "wh_0");
            assertThat(request.timeout()).isEqualTo(SETTINGS.asyncTimeout());
        });
        WebhookLog recorded = logs.all().getFirst();
        assertThat(recorded.status()).isEqualTo(WebhookLog.DELIVERED);
        assertThat(recorded.attempt()).isEqualTo(1);
        assertThat(recorded.responseStatus()).isEqualTo(204);
        assertThat(dispatcher.attempts()).isEqualTo(1);
        assertThat(dispatcher.inFlight()).isZero();
        assertThat(meter).containsExactly("delivered PT2S");
    }

    @Test
    void aDeliveryLeasedByAServerThatDiedIsSentWhenItsLeaseRunsOutNotAtTheIdleRecheck() {
        queue(1, 3);
        Instant leaseEnd = NOW.plusSeconds(10);
        logs.claimDue(NOW, leaseEnd, 1); // another server claimed it, then died before recording an outcome
        WebhookDispatcher dispatcher = dispatcher(204);
        dispatcher.run();
        clock.advance(Duration.between(NOW, leaseEnd).minusMillis(1));
        dispatcher.run();
        assertThat(claims).as("not looked at again before the lease ends").hasValue(1);
        assertThat(sent).isEmpty();

        clock.advance(Duration.ofMillis(1));
        dispatcher.run();
        dispatcher.close();

        assertThat(sent).singleElement().satisfies(request ->
                assertThat(request.headers()).containsEntry("Idempotency-Key", "wh_0"));
        assertThat(logs.all().getFirst()).extracting(WebhookLog::status, WebhookLog::attempt)
                .containsExactly(WebhookLog.DELIVERED, 2);
    }

    @Test
    void aRefusedDeliveryIsRetriedAfterTheBackoffAndFailsForGoodOnItsLastAttempt() {
        queue(1, 3);
        queue(1, 1);
        WebhookDispatcher dispatcher = dispatcher(500);
        dispatcher.run();
        dispatcher.close();

        WebhookLog retrying = logs.all().get(0);
        assertThat(retrying.status()).isEqualTo(WebhookLog.RETRYING);
        assertThat(retrying.error()).isEqualTo("HTTP 500");
        assertThat(retrying.nextRetryAt()).isEqualTo(NOW.plus(SETTINGS.retryBase()));
        WebhookLog failed = logs.all().get(1);
        assertThat(failed.status()).isEqualTo(WebhookLog.FAILED);
        assertThat(failed.nextRetryAt()).isNull();
        assertThat(meter).containsExactlyInAnyOrder("retrying PT2S", "failed PT2S");
    }

    @Test
    void aRetryRecordedAfterThePassThatSentItIsSentWhenItFallsDueNotAtTheIdleRecheck() throws Exception {
        queue(1, 3);
        AtomicInteger answers = new AtomicInteger();
        // sent inside the pass: its failure is recorded while the pass is still planning its next look
        WebhookDispatcher dispatcher = dispatcher(request -> answers.incrementAndGet() == 1
                ? new Delivery(503, "busy", null) : new Delivery(204, "", null), Runnable::run);
        dispatcher.start(Thread.ofPlatform().daemon().factory());
        dispatcher.nudge("shop"); // as a commit that queued it does: the pass starts from a planned look
        dispatcher.run();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (withStatus(WebhookLog.RETRYING) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }

        clock.advance(SETTINGS.delayAfter(1)); // the retry is due; the idle recheck is not
        while (sent.size() < 2 && System.nanoTime() < deadline) {
            dispatcher.run();
            Thread.sleep(5);
        }
        dispatcher.close();

        assertThat(SETTINGS.delayAfter(1)).isLessThan(WebhookDispatcher.IDLE_RECHECK);
        assertThat(sent).as("the first attempt and its retry").hasSize(2);
        assertThat(logs.all().getFirst().status()).isEqualTo(WebhookLog.DELIVERED);
    }

    @Test
    void aPassClaimsOneBatchOfFreeSlotsAndHoldsThemUntilCloseRecordsTheOutcomesInOneStatement() {
        queue(20, 3);
        WebhookDispatcher dispatcher = dispatcher(204);
        int slots = WebhookDispatcher.claimSlots(SETTINGS);

        dispatcher.run();
        assertThat(claims).as("one claim for the batch").hasValue(1);
        assertThat(sent).hasSize(slots);
        assertThat(withStatus(WebhookLog.DELIVERED)).as("outcomes wait for the recorder").isZero();

        dispatcher.run(); // every slot is held until its outcome is recorded
        assertThat(claims).hasValue(1);
        assertThat(sent).hasSize(slots);

        dispatcher.close();
        assertThat(withStatus(WebhookLog.DELIVERED)).isEqualTo(slots);
        assertThat(logs.completedBatches()).containsExactly(slots);
        assertThat(withStatus(WebhookLog.PENDING)).as("the rest stays in the outbox").isEqualTo(20 - slots);
        dispatcher.run();
        assertThat(claims).as("a closed dispatcher claims nothing").hasValue(1);
    }

    @Test
    void concurrentSendsNeverExceedTheBoundAndEveryOutcomeIsRecorded() throws Exception {
        queue(20, 3);
        CountDownLatch started = new CountDownLatch(SETTINGS.concurrency());
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(WebhookDispatcher.claimSlots(SETTINGS));
        ExecutorService passes = Executors.newSingleThreadExecutor();
        WebhookDispatcher dispatcher = dispatcher(request -> {
            started.countDown();
            await(release);
            return new Delivery(200, "", null);
        }, workers);
        dispatcher.onNudge(() -> passes.execute(dispatcher));
        dispatcher.start(Thread.ofPlatform().daemon().factory());

        dispatcher.run();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        dispatcher.run(); // four sends hang: four more claimed deliveries wait, and no slot is free
        assertThat(claims).hasValue(1);
        assertThat(sent).hasSize(SETTINGS.concurrency());
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (withStatus(WebhookLog.DELIVERED) < 20 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        passes.shutdown();
        workers.shutdown();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        dispatcher.close();

        assertThat(withStatus(WebhookLog.DELIVERED)).isEqualTo(20);
        assertThat(sent).extracting(r -> r.headers().get("Idempotency-Key")).hasSize(20).doesNotHaveDuplicates();
        assertThat(dispatcher.maxInFlight()).isEqualTo(SETTINGS.concurrency());
        assertThat(logs.completedBatches()).allSatisfy(size -> assertThat(size).isBetween(1,
                WebhookDispatcher.claimSlots(SETTINGS)));
        assertThat(logs.completedBatches().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
