package rocket.domain.metadata;

/** The primary key: which field, its kind ({@code uuid}, {@code int}, {@code bigint}, {@code string}) and who makes it. */
public record PrimaryKey(String field, String type, boolean generated) {
}
