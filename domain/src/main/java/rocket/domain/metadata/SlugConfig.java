package rocket.domain.metadata;

/** Slug settings: the slug field, the optional field it is generated from, and whether updates regenerate it. */
public record SlugConfig(String field, String source, boolean regenerateOnUpdate) {
}
