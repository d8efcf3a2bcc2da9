package rocket.domain.definition;

import static rocket.domain.definition.Documents.ordered;
import static rocket.domain.definition.Documents.stringList;
import static rocket.domain.definition.Documents.text;

import java.util.List;
import java.util.Map;
import rocket.domain.policy.Permission;
import rocket.domain.policy.PermissionCondition;

/** {@code {entity, action, roles, conditions: [{field, operator, value}]}}; absent roles and conditions are none. */
final class PermissionCodec implements DefinitionCodec<Permission> {
    @Override
    public Map<String, Object> encode(Permission p) {
        List<Map<String, Object>> conditions = p.conditions().stream()
                .map(c -> ordered("field", c.field(), "operator", c.operator(), "value", c.value())).toList();
        return ordered("entity", p.entity(), "action", p.action(), "roles", p.roles(), "conditions", conditions);
    }

    @Override
    public Permission decode(DefinitionRow row) {
        Map<String, Object> d = row.document();
        List<String> roles = stringList(d, "roles");
        List<PermissionCondition> conditions = Documents.objects(d, "conditions", "condition").stream()
                .map(c -> new PermissionCondition(text(c, "field"), text(c, "operator"), c.get("value"))).toList();
        return new Permission(row.id(), text(d, "entity"), text(d, "action"), roles == null ? List.of() : roles,
                conditions, row.createdAt(), row.updatedAt());
    }
}
