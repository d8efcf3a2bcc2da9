package rocket.application.records.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;

class ErrorPathsTest {
    @Test
    void fieldDetailsOfAChildArePrefixedWithItsPathAndKeepTheirCode() {
        assertThatThrownBy(() -> ErrorPaths.at("post_comments[0]", () -> {
            throw RocketException.validation(List.of(ErrorDetail.of("body", "min_length", "too short"),
                    ErrorDetail.of(null, "expression", "violated")));
        })).isInstanceOfSatisfying(RocketException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.details()).containsExactly(ErrorDetail.of("post_comments[0].body", "min_length", "too short"),
                    ErrorDetail.of("post_comments[0]", "expression", "violated"));
        });
    }

    @Test
    void aFailureWithoutDetailsNamesTheChild() {
        assertThatThrownBy(() -> ErrorPaths.at("chapters[2]", () -> {
            throw RocketException.of(ErrorCode.FORBIDDEN, "Permission denied for create on chapter");
        })).isInstanceOfSatisfying(RocketException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(403);
            assertThat(e.details()).containsExactly(ErrorDetail.of("chapters[2]", "nested",
                    "Permission denied for create on chapter"));
        });
    }

    @Test
    void theTopLevelRecordKeepsItsErrorsAsTheyAre() {
        RocketException original = RocketException.of(ErrorCode.CONFLICT, "taken");
        assertThatThrownBy(() -> ErrorPaths.at("", () -> {
            throw original;
        })).isSameAs(original);
    }
}
