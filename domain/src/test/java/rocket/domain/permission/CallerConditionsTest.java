package rocket.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import rocket.domain.auth.Principal;
import rocket.domain.auth.UserAccount;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.policy.Permission;
import rocket.domain.policy.PermissionCondition;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;

class CallerConditionsTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private final Entity note = EntityDefinitions.parse(Map.of("name", "note", "table", "notes",
            "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
            "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "owner_id", "type", "uuid"),
                    Map.of("name", "author", "type", "string"))));
    private final AtomicInteger lookups = new AtomicInteger();
    private final Caller member = Caller.byId(new Principal(ID.toString(), List.of("member")), id -> {
        lookups.incrementAndGet();
        return Optional.of(new UserAccount(ID, "a@example.com", "hash", List.of("member"), true, Instant.EPOCH,
                Instant.EPOCH));
    });

    private static Permission read(PermissionCondition... conditions) {
        return new Permission(null, "note", "read", List.of("member"), List.of(conditions), null, null);
    }

    @Test
    void theCallersIdBecomesABoundValueOfTheFieldsTypeWithoutLookingUpTheirRecord() {
        List<Filter> filters = Permissions.readFilters(member, note,
                List.of(read(new PermissionCondition("owner_id", "eq", "$user.id")))).orElseThrow();

        assertThat(filters).singleElement().satisfies(filter -> assertThat(filter.values()).containsExactly(ID));
        assertThat(lookups).hasValue(0);
    }

    @Test
    void twoPoliciesCombineWithOrAndTheUserRecordIsLookedUpOnce() {
        List<Filter> filters = Permissions.readFilters(member, note, List.of(
                read(new PermissionCondition("author", "eq", "$user.email")),
                read(new PermissionCondition("author", "eq", "$user.email"),
                        new PermissionCondition("owner_id", "eq", "$user.id")))).orElseThrow();

        assertThat(filters).singleElement().satisfies(filter -> {
            assertThat(filter.operator()).isEqualTo(FilterOperator.ANY_OF);
            assertThat(filter.conjunctions()).extracting(List::size).containsExactly(1, 2);
        });
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aPolicyWithoutConditionsLetsEveryRowThroughAndAVariableWithoutValueMatchesNothing() {
        Caller stranger = Caller.withoutAccount(new Principal(ID.toString(), List.of("member")));
        PermissionCondition byEmail = new PermissionCondition("author", "eq", "$user.email");

        assertThat(Permissions.readFilters(member, note, List.of(read(byEmail), read()))).contains(List.of());
        assertThat(Permissions.readFilters(stranger, note, List.of(read(byEmail)))).isEmpty();
    }
}
