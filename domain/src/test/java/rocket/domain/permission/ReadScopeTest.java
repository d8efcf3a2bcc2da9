package rocket.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.policy.Permission;
import rocket.domain.policy.PermissionCondition;
import rocket.domain.metadata.Schemas;
import rocket.domain.query.FilterOperator;
import rocket.domain.query.ListQueryParser;

class ReadScopeTest {
    private final AppMetadata example = Schemas.example("content-management");
    private final AppMetadata content = new AppMetadata(example.entities(), example.relations(), List.of(
            read("post", "viewer"), read("comment", "viewer",
                    new PermissionCondition("status", "eq", "approved"))), List.of(), List.of(), List.of(), List.of());
    private final Principal viewer = new Principal("u1", List.of("viewer"));

    private static Permission read(String entity, String role, PermissionCondition... conditions) {
        return new Permission(null, entity, "read", List.of(role), List.of(conditions), null, null);
    }

    private ReadScope scope(Principal caller, String include) {
        return ReadScope.of(Caller.withoutAccount(caller), content, content.entity("post"),
                ListQueryParser.includes(content.entity("post"), content, include));
    }

    @Test
    void everyIncludedEntityBringsItsOwnRowFilter() {
        ReadScope scope = scope(viewer, "post_comments");
        assertThat(scope.filters("post")).contains(List.of());
        assertThat(scope.filters("comment").orElseThrow()).singleElement().satisfies(filter -> {
            assertThat(filter.field().name()).isEqualTo("status");
            assertThat(filter.operator()).isEqualTo(FilterOperator.EQ);
            assertThat(filter.values()).containsExactly("approved");
        });
        assertThat(scope.byEntity()).containsOnlyKeys("post", "comment");
    }

    @Test
    void anIncludedEntityWithoutAReadPermissionIsForbiddenNamingTheInclude() {
        assertThatThrownBy(() -> scope(viewer, "post_comments,author")).isInstanceOfSatisfying(RocketException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
                    assertThat(e.getMessage()).isEqualTo("No permission for read on author");
                    assertThat(e.details()).containsExactly(ErrorDetail.of("author", "include", e.getMessage()));
                });
    }

    @Test
    void adminsReadEverythingUnfiltered() {
        ReadScope scope = scope(new Principal("root", List.of("admin")), "post_comments,author,tags");
        assertThat(scope.byEntity().values()).allSatisfy(filter -> assertThat(filter).contains(List.of()));
        assertThatThrownBy(() -> scope.filters("media")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Map.copyOf(scope.byEntity())).containsOnlyKeys("post", "comment", "author", "tag");
    }
}
