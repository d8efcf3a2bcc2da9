package rocket.application.definitions.port.in;

import java.util.List;
import java.util.Map;
import rocket.domain.app.AppName;

/** Moves an app's whole metadata as one JSON document (docs/contract/metadata.md §10); import is idempotent. */
public interface ExportImportUseCase {
    Map<String, Object> export(AppName app);

    ImportResult importDocument(AppName app, Map<String, Object> document);

    /** Counts of what was inserted, and one message per item that was not. */
    record ImportResult(Map<String, Integer> summary, List<String> errors) {
    }
}
