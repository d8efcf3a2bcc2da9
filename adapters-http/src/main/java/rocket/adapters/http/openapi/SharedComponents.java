package rocket.adapters.http.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import rocket.domain.error.ErrorCode;

/** What every app's document shares: the error envelope, the error responses, token pairs, files, bearer auth. */
final class SharedComponents {
    static final String ERROR = "Error";
    static final String FILE = "File";
    static final String TOKEN_PAIR = "TokenPair";
    static final String LIST_META = "ListMeta";
    static final String BEARER = "bearer";

    /** The error responses by status, named as operations refer to them. */
    enum Failure {
        BAD_REQUEST("400", "BadRequest", "Unparsable body, unknown filter, sort or include field, bad value, a "
                + "cursor this server did not sign for this list"),
        UNAUTHORIZED("401", "Unauthorized", "Missing, invalid or expired token"),
        FORBIDDEN("403", "Forbidden", "No permission for this action (or for an included entity)"),
        NOT_FOUND("404", "NotFound", "Unknown app, entity or record (a record outside the caller's read "
                + "permission is not found too)"),
        CONFLICT("409", "Conflict", "A unique value is taken, or a restrict relation blocks the delete"),
        PRECONDITION_FAILED("412", "PreconditionFailed", "If-Match names no current version of the record (it "
                + "changed or was deleted meanwhile, or the tag is weak); nothing was written"),
        VALIDATION_FAILED("422", "ValidationFailed", "Unknown keys, wrong types, missing required fields, values "
                + "outside an enum, rules and state machines; details name each field"),
        RATE_LIMITED("429", "RateLimited", "Too many attempts; Retry-After says when to try again");

        final String status;
        final String component;
        final String description;

        Failure(String status, String component, String description) {
            this.status = status;
            this.component = component;
            this.description = description;
        }
    }

    private SharedComponents() {
    }

    static void add(ObjectNode components) {
        ObjectNode schemas = components.withObjectProperty("schemas");
        schemas.set(ERROR, error());
        schemas.set(FILE, file());
        schemas.set(TOKEN_PAIR, Nodes.envelope("data", Nodes.objectSchema(List.of("access_token", "refresh_token"),
                "access_token", Nodes.type("string").put("description", "JWT (HS256), valid 15 minutes"),
                "refresh_token", Nodes.type("string").put("description", "Opaque, valid 7 days, rotated on use"))));
        schemas.set(LIST_META, Nodes.objectSchema(List.of("per_page"),
                "page", Nodes.type("integer").put("description", "Absent on a page of a cursor walk"),
                "per_page", Nodes.type("integer"),
                "next_cursor", Nodes.orNull(Nodes.type("string")).put("description", "On a page of a cursor walk: "
                        + "the cursor of the next page, null on the last one"),
                "total", Nodes.type("integer").put("description", "Absent with Prefer: count=none, and by default "
                        + "on a page of a cursor walk")));
        ObjectNode responses = components.withObjectProperty("responses");
        for (Failure failure : Failure.values()) {
            responses.set(failure.component, Nodes.jsonContent(failure.description, Nodes.schemaRef(ERROR)));
        }
        components.withObjectProperty("securitySchemes").set(BEARER, Nodes.object().put("type", "http").put("scheme", "bearer")
                .put("bearerFormat", "JWT").put("description", "An access token of this app (POST /auth/login), or a "
                        + "platform token, which acts as admin"));
    }

    /** Adds references to the failures' shared responses to an operation's responses. */
    static void failures(ObjectNode responses, Failure... failures) {
        for (Failure failure : failures) {
            responses.set(failure.status, Nodes.responseRef(failure.component));
        }
    }

    /** {@code {"error":{"code","message","details"?}}}; details only for field-level problems. */
    private static ObjectNode error() {
        ObjectNode code = Nodes.type("string");
        code.set("enum", Nodes.strings(Arrays.stream(ErrorCode.values()).map(ErrorCode::wireCode).distinct().toList()));
        ObjectNode detail = Nodes.objectSchema(List.of("message"), "field", Nodes.type("string").put("description",
                "Where, e.g. comments[0].body"), "rule", Nodes.type("string"), "message", Nodes.type("string"));
        return Nodes.envelope("error", Nodes.objectSchema(List.of("code", "message"), "code", code, "message",
                Nodes.type("string"), "details", Nodes.arrayOf(detail)));
    }

    private static ObjectNode file() {
        return Nodes.objectSchema(List.of("id"), "id", Nodes.type("string", "uuid"), "filename", Nodes.type("string"),
                "size", Nodes.type("integer", "int64"), "mime_type", Nodes.type("string"));
    }
}
