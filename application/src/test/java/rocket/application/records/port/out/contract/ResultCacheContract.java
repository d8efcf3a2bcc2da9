package rocket.application.records.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.records.port.out.ResultCache;

/**
 * What every caching {@link ResultCache} must do: an answer is computed once per key and then handed out as the same
 * object, and the entries kept never weigh more than the bound (an answer heavier than the bound is not kept).
 */
public abstract class ResultCacheContract {
    private static final long BOUND = 10_000;

    private final AtomicInteger computations = new AtomicInteger();
    protected ResultCache cache;

    /** An empty cache holding at most {@code maxBytes} of answers by weight. */
    protected abstract ResultCache emptyCache(long maxBytes);

    @BeforeEach
    void empty() {
        cache = emptyCache(BOUND);
    }

    private Supplier<Object> answer(String value) {
        return () -> {
            computations.incrementAndGet();
            return new StringBuilder(value); // a new object per computation: a hit is told apart by identity
        };
    }

    private Object get(String key, int weight) {
        return cache.get(key, answer(key), computed -> weight);
    }

    @Test
    void aKeyIsComputedOnceAndItsAnswerIsHandedOutAsTheSameObject() {
        Object answer = get("q1", 10);

        assertThat(get("q1", 10)).isSameAs(answer);
        assertThat(get("q1", 10)).isSameAs(answer);
        assertThat(computations).hasValue(1);
    }

    @Test
    void differentKeysAreDifferentAnswers() {
        Object one = get("q1", 10);
        Object two = get("q2", 10);

        assertThat(two).isNotSameAs(one);
        assertThat(two.toString()).isEqualTo("q2");
        assertThat(computations).hasValue(2);
    }

    @Test
    void theEntriesKeptNeverWeighMoreThanTheBound() {
        int entries = 100;
        int weight = (int) (BOUND / 10);
        for (int i = 0; i < entries; i++) {
            get("q" + i, weight);
        }
        computations.set(0);

        for (int i = 0; i < entries; i++) {
            get("q" + i, weight);
        }

        assertThat(entries - computations.get()).as("answers still cached").isLessThanOrEqualTo(10);
    }

    @Test
    void anAnswerHeavierThanTheBoundIsComputedEveryTime() {
        Object first = get("huge", (int) BOUND + 1);

        assertThat(get("huge", (int) BOUND + 1)).isNotSameAs(first);
        assertThat(computations).hasValue(2);
    }
}
