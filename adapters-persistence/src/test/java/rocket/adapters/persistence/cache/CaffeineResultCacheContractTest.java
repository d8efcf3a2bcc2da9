package rocket.adapters.persistence.cache;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import rocket.application.records.port.out.ResultCache;
import rocket.application.records.port.out.contract.ResultCacheContract;

/** The Caffeine result cache meets the result cache contract. */
class CaffeineResultCacheContractTest extends ResultCacheContract {
    @Override
    protected ResultCache emptyCache(long maxBytes) {
        return new CaffeineResultCache(maxBytes, new SimpleMeterRegistry());
    }
}
