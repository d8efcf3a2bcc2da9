package rocket.application.definitions;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import rocket.domain.definition.DefinitionKind;

/**
 * What the core knows of one kind besides its codec: its validator; its identity (what makes two documents the same
 * definition: an import skips one whose identity is present, or replaces it when {@code importReplaces}); the
 * message when a unique identity is taken; how an import error names an item; and whether the kind is part of the
 * app's metadata snapshot (and so republished on every change).
 */
record DefinitionSpec<T>(DefinitionKind<T> kind, DefinitionValidator<T> validator, Function<T, List<Object>> identity,
                         Function<T, String> conflictMessage, Function<Map<String, Object>, String> importLabel,
                         boolean importReplaces, boolean inSnapshot) {
}
