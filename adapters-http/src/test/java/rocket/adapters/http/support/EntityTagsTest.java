package rocket.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {
    @Test
    void versionsAreFormattedAsWeakOrStrongTags() {
        assertThat(EntityTags.weak("v1")).isEqualTo("W/\"v1\"");
        assertThat(EntityTags.strong("v1")).isEqualTo("\"v1\"");
    }

    @Test
    void ifNoneMatchListsAndWeakPrefixesAreReadAsHeldVersions() {
        assertThat(EntityTags.held(null)).isEmpty();
        assertThat(EntityTags.held("\"a\"")).containsExactly("a");
        assertThat(EntityTags.held(" W/\"a\" ,\"b\",W/\"c\"")).containsExactly("a", "b", "c");
        assertThat(EntityTags.held("a, \"unterminated, W/")).as("unquoted or malformed tags hold nothing").isEmpty();
    }

    @Test
    void aStarHoldsAnyVersionButNamesNone() {
        assertThat(EntityTags.holdsAny(" * ")).isTrue();
        assertThat(EntityTags.held("*")).isEmpty();
        assertThat(EntityTags.holdsAny("\"a\"")).isFalse();
        assertThat(EntityTags.holdsAny(null)).isFalse();
    }
}
