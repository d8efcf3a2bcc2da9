package rocket.application.auth.port.in;

import java.util.List;

/**
 * A user as an admin sends it. On create, null roles mean none and null active means true; on update a blank
 * password keeps the hash, null roles mean none and null active keeps the current flag.
 */
public record UserCommand(String email, String password, List<String> roles, Boolean active) {
}
