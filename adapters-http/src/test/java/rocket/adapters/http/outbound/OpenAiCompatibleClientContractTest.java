package rocket.adapters.http.outbound;

import java.time.Duration;
import rocket.application.ai.port.out.AiClient;
import rocket.application.ai.port.out.contract.AiClientContract;
import rocket.domain.outbound.OutboundTargetPolicy;

/** The java.net.http OpenAI-compatible client meets the AI client contract. */
class OpenAiCompatibleClientContractTest extends AiClientContract {
    @Override
    protected AiClient client(String baseUrl, String apiKey, String model, Duration timeout) {
        return new OpenAiCompatibleClient(baseUrl, apiKey, model, timeout, new OutboundTargetPolicy(true, false));
    }
}
