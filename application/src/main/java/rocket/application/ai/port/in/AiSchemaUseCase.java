package rocket.application.ai.port.in;

import java.util.Map;

/** Asks the configured AI model for a schema (an export-like document); nothing is imported automatically. */
public interface AiSchemaUseCase {
    boolean configured();

    String model();

    Map<String, Object> generate(String app, String prompt);
}
