package rocket.application.definitions;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.domain.definition.DefinitionCodec;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionRow;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The one path of a definition into the store, taken by the admin API and by import alike: decoded by the kind's
 * codec, checked by its validator, stored as the codec encodes it. So both accept and refuse the same documents,
 * with the same code and message.
 */
final class DefinitionWrites {
    private DefinitionWrites() {
    }

    static <T> T decode(DefinitionSpec<T> spec, Map<String, Object> document) {
        return spec.kind().codec().decode(DefinitionRow.unsaved(document));
    }

    static <T> DefinitionRow insert(AppContext context, DefinitionStores stores, DefinitionSpec<T> spec, T value) {
        T valid = spec.validator().validated(context, value);
        return stores.definitions().insert(spec.kind(), spec.kind().codec().encode(valid))
                .orElseThrow(() -> RocketException.of(ErrorCode.CONFLICT, spec.conflictMessage().apply(valid)));
    }

    /** Empty when no definition of the kind has that id. */
    static <T> Optional<DefinitionRow> update(AppContext context, DefinitionStores stores, DefinitionSpec<T> spec,
                                              UUID id, T value) {
        T valid = spec.validator().validated(context, value);
        return stores.definitions().update(spec.kind(), id, spec.kind().codec().encode(valid),
                spec.conflictMessage().apply(valid));
    }

    /** A stored row as its codec writes it: what the API answers and an export holds. */
    static <T> DefinitionRow canonical(DefinitionKind<T> kind, DefinitionRow row) {
        DefinitionCodec<T> codec = kind.codec();
        return new DefinitionRow(row.id(), codec.encode(codec.decode(row)), row.createdAt(), row.updatedAt());
    }
}
