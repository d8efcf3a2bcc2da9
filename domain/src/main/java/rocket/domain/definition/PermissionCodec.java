package rocket.domain.definition;

import static rocket.domain.definition.Documents.ordered;
import static rocket.domain.definition.Documents.stringList;
import static rocket.domain.definition.Documents.text;

import java.util.List;
import java.util.Map;
import rocket.domain.policy.Permission;
import rocket.domain.policy.PermissionCondition;

/**
 * {@code {entity, action, roles, conditions: [{field, operator, value}], readable_fields, writable_fields}}; absent
 * roles and conditions are none, absent field lists every field (and are left out when encoded).
 */
final class PermissionCodec implements DefinitionCodec<Permission> {
    @Override
    public Map<String, Object> encode(Permission p) {
        List<Map<String, Object>> conditions = p.conditions().stream()
                .map(c -> ordered("field", c.field(), "operator", c.operator(), "value", c.value())).toList();
        Map<String, Object> document = ordered("entity", p.entity(), "action", p.action(), "roles", p.roles(),
                "conditions", conditions);
        if (p.readableFields() != null) {
            document.put("readable_fields", p.readableFields());
        }
        if (p.writableFields() != null) {
            document.put("writable_fields", p.writableFields());
        }
        return document;
    }

    @Override
    public Permission decode(DefinitionRow row) {
        Map<String, Object> d = row.document();
        List<String> roles = stringList(d, "roles");
        List<PermissionCondition> conditions = Documents.objects(d, "conditions", "condition").stream()
                .map(c -> new PermissionCondition(text(c, "field"), text(c, "operator"), c.get("value"))).toList();
        return new Permission(row.id(), text(d, "entity"), text(d, "action"), roles == null ? List.of() : roles,
                conditions, stringList(d, "readable_fields"), stringList(d, "writable_fields"), row.createdAt(),
                row.updatedAt());
    }
}
