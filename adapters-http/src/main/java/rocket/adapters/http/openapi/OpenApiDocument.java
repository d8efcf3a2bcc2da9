package rocket.adapters.http.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import rocket.adapters.http.support.Json;
import rocket.application.records.port.in.ApiSurface;
import rocket.domain.metadata.Entity;

/**
 * The OpenAPI 3.1 description of one app's API as one caller may use it, generated from the app's current metadata
 * snapshot: a pure function of the {@link ApiSurface}, so it changes exactly when metadata or permissions change.
 */
public final class OpenApiDocument {
    public static final String VERSION = "3.1.0";

    private OpenApiDocument() {
    }

    public static ObjectNode of(ApiSurface surface) {
        ObjectNode paths = Nodes.object();
        ObjectNode components = Nodes.object();
        ObjectNode schemas = components.withObjectProperty("schemas");
        SharedComponents.add(components);
        AuthPaths.add(paths);
        for (Entity entity : surface.entities()) {
            RecordPaths.add(surface, entity, paths);
            EntitySchemas.add(surface, entity, schemas);
        }
        ObjectNode document = Nodes.object().put("openapi", VERSION);
        document.set("info", Nodes.object().put("title", "Rocket app " + surface.app())
                .put("version", digest(paths, components))
                .put("description", "Generated from the app's current metadata for the calling user: only the record "
                        + "operations this user's roles allow are listed. info.version changes with the content."));
        document.set("servers", Nodes.array().add(Nodes.object().put("url", "/api/" + surface.app())));
        document.set("security", Nodes.array().add(Nodes.object().set(SharedComponents.BEARER, Nodes.array())));
        document.set("paths", paths);
        document.set("components", components);
        return document;
    }

    /** A short content hash: the same metadata and permissions give the same version on every instance. */
    private static String digest(ObjectNode paths, ObjectNode components) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Json.MAPPER.writeValueAsString(paths).getBytes(StandardCharsets.UTF_8));
            sha.update(Json.MAPPER.writeValueAsString(components).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Could not hash the API description", e);
        }
    }
}
