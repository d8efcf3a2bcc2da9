package rocket.domain.query;

/**
 * Bounds on what one list query may ask of the database. A {@code like} pattern costs PostgreSQL time proportional to
 * its length times the length of every value it is matched against (a 3 000-character pattern over a 1 MB value took
 * seconds), so patterns are capped; the cap is configuration ({@code ROCKET_MAX_PATTERN_LENGTH}).
 */
public record QueryLimits(int maxPatternLength) {
    public static final QueryLimits DEFAULT = new QueryLimits(100);

    public QueryLimits {
        if (maxPatternLength < 1) {
            throw new IllegalArgumentException("maxPatternLength must be positive");
        }
    }
}
