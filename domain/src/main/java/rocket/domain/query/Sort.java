package rocket.domain.query;

import rocket.domain.metadata.Field;

/** One ORDER BY term on a declared field. */
public record Sort(Field field, boolean descending) {
}
