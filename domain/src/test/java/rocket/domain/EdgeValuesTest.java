package rocket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.app.AppName;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.EntityName;
import rocket.domain.query.ListQueryParams;
import rocket.domain.write.RecordKey;

/** The value types the HTTP edge builds: each refuses what it cannot name with the answer that input always got. */
class EdgeValuesTest {
    private static ErrorCode refusal(Runnable build) {
        return catchThrowableOfType(RocketException.class, build::run).code();
    }

    @Test
    void appNamesThatCannotNameAnAppAreNotFound() {
        assertThat(AppName.of("shop-1").value()).isEqualTo("shop-1");
        assertThat(refusal(() -> AppName.of("Shop"))).isEqualTo(ErrorCode.APP_NOT_FOUND);
        assertThat(refusal(() -> AppName.of(null))).isEqualTo(ErrorCode.APP_NOT_FOUND);
        assertThat(refusal(() -> new AppName("Shop"))).as("creating one is a validation").isEqualTo(
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void entityNamesThatAreNoIdentifierAreUnknownEntities() {
        assertThat(EntityName.of("ticket_response").value()).isEqualTo("ticket_response");
        RocketException e = catchThrowableOfType(RocketException.class, () -> EntityName.of("Not A Name"));
        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ENTITY);
        assertThat(e.getMessage()).isEqualTo("Unknown entity: Not A Name");
        assertThat(refusal(() -> EntityName.of("e".repeat(64)))).isEqualTo(ErrorCode.UNKNOWN_ENTITY);
    }

    @Test
    void recordKeysNeedText() {
        assertThat(RecordKey.of("my-slug").value()).isEqualTo("my-slug");
        assertThat(refusal(() -> RecordKey.of(""))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(() -> RecordKey.of(null))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void listParametersAreAnImmutableNullFreeCopy() {
        Map<String, List<String>> raw = new HashMap<>();
        raw.put("sort", Arrays.asList("name", null));
        raw.put("page", null);
        ListQueryParams params = ListQueryParams.of(raw);
        raw.clear();
        assertThat(params.values()).containsEntry("sort", List.of("name", "")).containsEntry("page", List.of());
        assertThat(catchThrowableOfType(UnsupportedOperationException.class,
                () -> params.values().put("x", List.of()))).isNotNull();
    }
}
