package rocket.application.records.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;

/**
 * Errors of a record inside a nested write name it by its path: a failure without details gets one detail for the
 * record ({@code comments[0]}), field details are prefixed ({@code comments[0].body}). Codes stay as they are.
 */
final class ErrorPaths {
    private ErrorPaths() {
    }

    static <T> T at(String path, Supplier<T> work) {
        if (path.isEmpty()) {
            return work.get();
        }
        try {
            return work.get();
        } catch (RocketException e) {
            throw relocated(e, path);
        }
    }

    static void at(String path, Runnable work) {
        at(path, () -> {
            work.run();
            return null;
        });
    }

    private static RocketException relocated(RocketException e, String path) {
        List<ErrorDetail> details = new ArrayList<>();
        for (ErrorDetail detail : e.details()) {
            details.add(ErrorDetail.of(detail.field() == null ? path : path + "." + detail.field(), detail.rule(),
                    detail.message()));
        }
        if (details.isEmpty()) {
            details.add(ErrorDetail.of(path, "nested", e.getMessage()));
        }
        return RocketException.of(e.code(), e.getMessage(), details);
    }
}
