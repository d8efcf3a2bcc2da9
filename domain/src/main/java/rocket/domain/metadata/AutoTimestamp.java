package rocket.domain.metadata;

/** Engine-managed timestamps: set on insert ({@code create}) or on insert and every update ({@code update}). */
public enum AutoTimestamp {
    NONE, CREATE, UPDATE
}
