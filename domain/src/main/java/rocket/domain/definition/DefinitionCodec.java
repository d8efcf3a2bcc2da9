package rocket.domain.definition;

import java.util.Map;

/**
 * The one JSON form of a kind of definition, shared by the admin API, import/export and the store: a document
 * that is not of the kind's shape is a VALIDATION_FAILED here, whoever sent it. Absent values take the contract's
 * defaults on decoding, so every decoded value is complete.
 */
public interface DefinitionCodec<T> {
    /** The document without id and timestamps: what export writes, the store keeps and the API answers. */
    Map<String, Object> encode(T value);

    T decode(DefinitionRow row);
}
