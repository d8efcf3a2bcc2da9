package rocket.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleNamesTest {
    @Test
    void lookAlikesOfAdminAreNotAdmin() {
        for (String lookAlike : List.of("admın", "ADMİN", "аdmin", "admin\u200b", "ad\u0301min", "ａｄｍｉｎ")) {
            assertThat(new Principal("u", List.of(lookAlike)).isAdmin()).as(lookAlike).isFalse();
            assertThat(RoleNames.same(lookAlike, "admin")).isFalse();
        }
        assertThat(new Principal("u", List.of("Admin")).isAdmin()).as("ASCII case still folds").isTrue();
        assertThat(RoleNames.same("Finance_Manager", "finance_manager")).isTrue();
    }

    @Test
    void savedNamesArePlainAsciiLowerCaseAndEachOnce() {
        assertThat(RoleNames.normalise(List.of(" Clerk ", "clerk", "team:red", "v1.2-beta_x"))).containsExactly("clerk",
                "team:red", "v1.2-beta_x");
        for (String bad : List.of("admın", "ADMİN", "", " ", "-x", "a b", "a\u0000", "x".repeat(65), "🚀")) {
            assertThatThrownBy(() -> RoleNames.normalise(List.of(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("role names must be");
        }
        assertThat(RoleNames.normalise(null)).isEmpty();
    }
}
