package rocket.adapters.http.openapi;

import static rocket.adapters.http.openapi.SharedComponents.failures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import rocket.adapters.http.openapi.SharedComponents.Failure;

/** The app's session routes {@code /auth/login|refresh|logout|accept-invite}: no token needed. */
final class AuthPaths {
    private AuthPaths() {
    }

    static void add(ObjectNode paths) {
        paths.set("/auth/login", post("login", "Log in with email and password; answers a token pair",
                Nodes.objectSchema(List.of("email", "password"), "email", Nodes.type("string"), "password", Nodes.type("string")),
                "200", tokens("Token pair")));
        paths.set("/auth/refresh", post("refresh", "Swap a refresh token for a new pair (the old one stops working)",
                Nodes.objectSchema(List.of("refresh_token"), "refresh_token", Nodes.type("string")), "200", tokens("New token pair")));
        ObjectNode loggedOut = Nodes.type("object");
        loggedOut.set("properties", Nodes.object().set("message", Nodes.type("string")));
        paths.set("/auth/logout", post("logout", "End a session: its refresh token stops working",
                Nodes.objectSchema(List.of("refresh_token"), "refresh_token", Nodes.type("string")), "200",
                Nodes.jsonContent("Logged out", loggedOut)));
        paths.set("/auth/accept-invite", post("accept_invite", "Create the invited user and log in",
                Nodes.objectSchema(List.of("token", "password"), "token", Nodes.type("string"), "password", Nodes.type("string")),
                "201", Nodes.jsonContent("The user's token pair and the user", acceptedInvite())));
    }

    private static ObjectNode post(String id, String summary, ObjectNode requestBody, String status, ObjectNode ok) {
        ObjectNode responses = Nodes.object();
        responses.set(status, ok);
        failures(responses, Failure.BAD_REQUEST, Failure.UNAUTHORIZED, Failure.NOT_FOUND, Failure.CONFLICT,
                Failure.VALIDATION_FAILED, Failure.RATE_LIMITED);
        ObjectNode operation = Nodes.object().put("operationId", id).put("summary", summary);
        operation.set("tags", Nodes.array().add("auth"));
        operation.set("security", Nodes.array()); // these routes take no token
        operation.set("requestBody", Nodes.jsonContent("Credentials", requestBody).put("required", true));
        operation.set("responses", responses);
        return Nodes.object().set("post", operation);
    }

    private static ObjectNode tokens(String description) {
        return Nodes.jsonContent(description, Nodes.schemaRef(SharedComponents.TOKEN_PAIR));
    }

    private static ObjectNode acceptedInvite() {
        ObjectNode user = Nodes.objectSchema(List.of("id", "email", "roles"), "id", Nodes.type("string"), "email",
                Nodes.type("string"), "roles", Nodes.arrayOf(Nodes.type("string")));
        ObjectNode data = Nodes.objectSchema(List.of("access_token", "refresh_token", "user"), "access_token", Nodes.type("string"),
                "refresh_token", Nodes.type("string"), "user", user);
        return Nodes.envelope("data", data);
    }
}
