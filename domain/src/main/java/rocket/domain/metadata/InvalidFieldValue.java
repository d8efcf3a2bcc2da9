package rocket.domain.metadata;

/**
 * A value that does not fit a field's type, with the client-facing reason ({@code "must be a UUID"}). Not a
 * {@link rocket.domain.error.RocketException}: the same bad value is a 400 in a filter, a 422 in a write, a 404 in
 * a path id or a skipped row in a permission condition, so the code belongs to the caller that catches it. A type of
 * its own lets that catch name exactly this failure, never an {@link IllegalArgumentException} from anywhere else.
 * Stackless: it is an expected answer, thrown often on hostile input.
 */
public final class InvalidFieldValue extends RuntimeException {
    public InvalidFieldValue(String reason) {
        super(reason, null, false, false);
    }
}
