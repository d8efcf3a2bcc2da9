package rocket.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Asserts that what was thrown is the refusal a client would see: its error code and its message. */
final class Refusals {
    private Refusals() {
    }

    static Consumer<Throwable> refused(ErrorCode code, String message) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(RocketException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    static Consumer<Throwable> unauthorized(String message) {
        return refused(ErrorCode.UNAUTHORIZED, message);
    }
}
