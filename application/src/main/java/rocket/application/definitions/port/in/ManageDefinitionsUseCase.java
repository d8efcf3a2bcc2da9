package rocket.application.definitions.port.in;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.domain.app.AppName;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionRow;

/**
 * Administration of any kind of definition: documents are decoded by the kind's codec and checked by its validator
 * (expressions compiled, URLs and roles checked) before they are stored, and a change is published with the app's
 * metadata snapshot. Answers carry the stored document as the codec writes it.
 */
public interface ManageDefinitionsUseCase {
    List<DefinitionRow> list(AppName app, DefinitionKind<?> kind);

    DefinitionRow get(AppName app, DefinitionKind<?> kind, String id);

    DefinitionRow create(AppName app, DefinitionKind<?> kind, Map<String, Object> document);

    DefinitionRow update(AppName app, DefinitionKind<?> kind, String id, Map<String, Object> document);

    UUID delete(AppName app, DefinitionKind<?> kind, String id);
}
