package rocket.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Schemas;

class KeysetTest {
    private final Entity post = Schemas.post();

    private Sort sort(String field, boolean descending) {
        return new Sort(post.field(field).orElseThrow(), descending);
    }

    private static List<String> names(Keyset keyset) {
        return keyset.order().stream().map(s -> s.field().name() + (s.descending() ? " desc" : "")).toList();
    }

    @Test
    void theOrderEndsWithThePrimaryKeySoNoTwoRowsTie() {
        assertThat(names(Keyset.first(post, List.of()))).containsExactly("id");
        assertThat(names(Keyset.first(post, List.of(sort("views", true), sort("title", false)))))
                .containsExactly("views desc", "title", "id");
        assertThat(names(Keyset.first(post, List.of(sort("title", false), sort("views", true)))))
                .as("in the last sort's direction").containsExactly("title", "views desc", "id desc");
        assertThat(names(Keyset.first(post, List.of(sort("id", true), sort("title", false)))))
                .as("already total").containsExactly("id desc", "title");
        assertThat(Keyset.first(post, List.of()).atStart()).isTrue();
    }

    @Test
    void thePositionAfterARowHoldsItsOrderValuesNullsIncluded() {
        Keyset first = Keyset.first(post, List.of(sort("views", true)));
        Map<String, Object> row = new HashMap<>(Map.of("id", "p-1", "title", "t"));
        row.put("views", null);

        Keyset next = first.after(row);
        assertThat(next.atStart()).isFalse();
        assertThat(next.after()).containsExactly(null, "p-1");
        assertThat(next.order()).isEqualTo(first.order());
        assertThatThrownBy(() -> first.at(List.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(first.at(Arrays.asList(3, "p-2")).after()).containsExactly(3, "p-2");
    }

    @Test
    void aWalkSortedByAJsonFieldIsRefused() {
        assertThatThrownBy(() -> Keyset.first(post, List.of(sort("meta", false))))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CURSOR);
                    assertThat(e.getMessage()).isEqualTo("A cursor cannot page a list sorted by meta, a json field");
                });
    }
}
