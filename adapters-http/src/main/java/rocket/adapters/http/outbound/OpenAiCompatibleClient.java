package rocket.adapters.http.outbound;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import rocket.adapters.http.support.Json;
import rocket.application.ai.port.out.AiClient;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.outbound.OutboundTargetPolicy;

/** {@code POST {base}/chat/completions} on any OpenAI-compatible server; the key is only ever sent, never logged. */
public final class OpenAiCompatibleClient implements AiClient {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final TargetGuard guard;

    /** Any of the three settings blank means "not configured"; the endpoint must pass the same policy as webhooks. */
    public OpenAiCompatibleClient(String baseUrl, String apiKey, String model, Duration timeout,
                                  OutboundTargetPolicy policy) {
        this.guard = new TargetGuard(policy);
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey == null ? "" : apiKey;
        this.model = model == null ? "" : model;
        this.timeout = timeout;
    }

    @Override
    public boolean configured() {
        return !baseUrl.isBlank() && !apiKey.isBlank() && !model.isBlank();
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public Map<String, Object> completeAsJson(String systemPrompt, String userPrompt) {
        try {
            URI endpoint = URI.create(baseUrl + "/chat/completions");
            guard.refusal(endpoint).ifPresent(reason -> {
                throw failed("AI provider address refused: " + reason);
            });
            byte[] body = Json.MAPPER.writeValueAsBytes(Map.of("model", model, "temperature", 0.3,
                    "response_format", Map.of("type", "json_object"),
                    "messages", List.of(Map.of("role", "system", "content", systemPrompt),
                            Map.of("role", "user", "content", userPrompt))));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .timeout(timeout).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + apiKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw failed("AI provider answered HTTP " + response.statusCode());
            }
            JsonNode content = Json.MAPPER.readTree(response.body()).at("/choices/0/message/content");
            if (!content.isTextual()) {
                throw failed("AI provider answer has no message content");
            }
            JsonNode schema = Json.MAPPER.readTree(content.asText());
            if (schema == null || !schema.isObject()) {
                throw failed("AI answer is not a JSON object");
            }
            return Json.MAPPER.convertValue(schema, OBJECT);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw failed("AI answer is not valid JSON");
        } catch (java.net.http.HttpTimeoutException e) {
            throw failed("AI provider timed out after " + timeout.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException e) {
            throw failed("AI provider unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted");
        }
    }

    private static RocketException failed(String message) {
        return RocketException.of(ErrorCode.AI_REQUEST_FAILED, message);
    }
}
