package rocket.application.service;

import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Who may touch records. Admins (every platform token too) may do everything; for anyone else the contract's
 * whitelist applies, and until permission policies exist there is none, so the answer is 403.
 */
final class RecordAccess {
    private RecordAccess() {
    }

    static void require(Principal caller, String action, String entity) {
        if (!caller.isAdmin()) {
            throw RocketException.of(ErrorCode.FORBIDDEN, "No permission for " + action + " on " + entity);
        }
    }
}
