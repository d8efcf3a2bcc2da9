package rocket.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rocket.domain.auth.Principal;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.policy.Permission;

class FieldPermissionsTest {
    private final Entity employee = EntityDefinitions.parse(Map.of("name", "employee", "table", "employees",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "name", "type", "string"),
                    Map.of("name", "team", "type", "string"), Map.of("name", "salary", "type", "decimal"))));
    private final Caller clerk = Caller.withoutAccount(new Principal("u1", List.of("clerk")));

    private static Permission policy(String action, String role, List<String> readable, List<String> writable) {
        return new Permission(null, "employee", action, List.of(role), List.of(), readable, writable, null, null);
    }

    @Test
    void theReadableFieldsAreTheUnionOfTheCallersPoliciesWithThePrimaryKey() {
        List<Permission> policies = List.of(policy("read", "clerk", List.of("name"), null),
                policy("read", "clerk", List.of("team"), null), policy("read", "boss", List.of("salary"), null));

        assertThat(FieldPermissions.readable(clerk, employee, policies)).hasValue(Set.of("id", "name", "team"));
        assertThat(FieldPermissions.readable(clerk, employee, List.of(policies.get(0), policy("read", "clerk", null,
                null)))).as("a policy without a list covers every field").isEmpty();
    }

    @Test
    void writingOutsideTheWritableFieldsIsForbiddenNamingEveryRefusedField() {
        List<Permission> policies = List.of(policy("update", "clerk", null, List.of("name")));

        FieldPermissions.requireWritable(clerk, employee, "update", policies, List.of("name"));
        assertThatThrownBy(() -> FieldPermissions.requireWritable(clerk, employee, "update", policies,
                List.of("team", "name", "salary"))).isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Permission denied to write salary, team on employee");
                    assertThat(e.details()).extracting(d -> d.field()).containsExactly("salary", "team");
                });
    }
}
