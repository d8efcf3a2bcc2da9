package rocket.application.ai.port.in;

import java.util.Map;
import rocket.domain.app.AppName;

/** Asks the configured AI model for a schema (an export-like document); nothing is imported automatically. */
public interface AiSchemaUseCase {
    boolean configured();

    String model();

    Map<String, Object> generate(AppName app, String prompt);
}
