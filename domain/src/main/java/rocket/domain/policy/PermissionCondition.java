package rocket.domain.policy;


/** One condition of a permission policy: a field, an operator and a value (an array for {@code in}/{@code not_in}). */
public record PermissionCondition(String field, String operator, Object value) {
}
