package rocket.domain.metadata;

import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * An entity name as a request names it. Every defined entity passes {@link Names#isIdentifier}, so text that does
 * not can name none: it is refused at the edge with the answer an unknown entity gets.
 */
public record EntityName(String value) {
    public EntityName {
        if (!Names.isIdentifier(value)) {
            throw RocketException.of(ErrorCode.UNKNOWN_ENTITY, "Unknown entity: " + value);
        }
    }

    public static EntityName of(String text) {
        return new EntityName(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
