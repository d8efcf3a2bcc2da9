package rocket.application.ai.port.out;

import java.util.Map;

/**
 * An OpenAI-compatible chat model asked for one JSON object. Failures (unreachable, non-2xx, timeout, an answer
 * that is not a JSON object) are AI_REQUEST_FAILED.
 */
public interface AiClient {
    boolean configured();

    String model();

    Map<String, Object> completeAsJson(String systemPrompt, String userPrompt);
}
