package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.Responses;
import rocket.application.files.port.in.FilesUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.file.FileRecord;

/** {@code /api/{app}/_files}: streamed upload, streamed download with caching and ranges, list and delete. */
public final class FileRoutes implements RouteGroup {
    private static final String BASE = "/api/{app}/_files";
    private final FilesUseCase files;
    private final Guard guard;
    private final long maxFileBytes;

    public FileRoutes(FilesUseCase files, Guard guard, long maxFileBytes) {
        this.files = files;
        this.guard = guard;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(BASE + "/upload", this::upload);
        routes.get(BASE, ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 200, files.list(app).stream().map(FileRoutes::listed).toList());
        });
        routes.get(BASE + "/{id}", ctx -> download(ctx, false));
        routes.head(BASE + "/{id}", ctx -> download(ctx, true));
        routes.delete(BASE + "/{id}", ctx -> {
            AppName app = guard.adminApp(ctx);
            files.delete(app, ctx.pathParam("id"));
            Responses.data(ctx, 200, Map.of("deleted", true));
        });
    }

    private void upload(Context ctx) throws Exception {
        AppName app = AppName.of(ctx.pathParam("app"));
        Principal caller = guard.appUser(ctx, app);
        // the multipart envelope may add a little; anything far beyond the limit is refused unread
        if (ctx.req().getContentLengthLong() > maxFileBytes + 1024 * 1024) {
            throw tooLarge(ctx.req().getContentLengthLong());
        }
        UploadedFile part;
        try {
            part = ctx.uploadedFile("file");
        } catch (Exception e) { // Jetty's parser refuses (a missing boundary, control bytes in a part header) as
            // a ServletException wrapping a 400; nothing was stored yet. The rest of the body was not read, so the
            // connection cannot carry another request: say so, or a client's pool would reuse a dead connection.
            ctx.header("Connection", "close");
            throw RocketException.of(ErrorCode.INVALID_PAYLOAD, "Malformed multipart body");
        }
        if (part == null) {
            throw RocketException.of(ErrorCode.INVALID_PAYLOAD, "Missing file in form data");
        }
        FileRecord file;
        try (InputStream content = part.content()) {
            file = files.upload(app, caller, part.filename(), part.contentType(), content);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", file.id().toString());
        data.put("filename", file.filename());
        data.put("size", file.size());
        data.put("mime_type", file.mimeType());
        data.put("url", "/api/" + app + "/_files/" + file.id());
        Responses.data(ctx, 201, data);
    }

    private void download(Context ctx, boolean headOnly) {
        AppName app = AppName.of(ctx.pathParam("app"));
        guard.appUser(ctx, app);
        FileRecord file = files.find(app, ctx.pathParam("id"));
        Downloads.Plan plan = Downloads.plan(file, ctx.header("Range"), ctx.header("If-None-Match"));
        Downloads.headers(ctx, file, plan);
        if (plan.status() == 416) { // the envelope keeps the headers set above, Content-Range among them
            throw RocketException.of(ErrorCode.RANGE_NOT_SATISFIABLE, "Range not satisfiable");
        }
        if (plan.status() == 304) {
            ctx.status(304);
            return;
        }
        ctx.status(plan.status());
        if (!headOnly) {
            ctx.disableCompression(); // compressing would break Content-Length and ranges
            ctx.result(files.open(app, file.id(), plan.offset(), plan.length()));
        }
    }

    private RocketException tooLarge(long size) {
        return RocketException.of(ErrorCode.FILE_TOO_LARGE, "File too large: " + size + " bytes (max " + maxFileBytes + ")");
    }

    private static Map<String, Object> listed(FileRecord file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", file.id().toString());
        m.put("filename", file.filename());
        m.put("mime_type", file.mimeType());
        m.put("size", file.size());
        m.put("uploaded_by", file.uploadedBy() == null ? null : file.uploadedBy().toString());
        m.put("created_at", file.createdAt());
        return m;
    }
}
