package rocket.adapters.http.routes;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rocket.adapters.http.support.EntityTags;
import rocket.domain.file.FileRecord;

/** Download headers and the range/conditional decision for one file (RFC 9110 ranges, RFC 6266 names). */
final class Downloads {
    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    private Downloads() {
    }

    /** What to send: the status and the byte window. */
    record Plan(int status, long offset, long length, long total) {
    }

    static Plan plan(FileRecord file, String range, String ifNoneMatch) {
        long size = file.size();
        if (EntityTags.holdsAny(ifNoneMatch) || EntityTags.held(ifNoneMatch).contains(version(file))) {
            return new Plan(304, 0, 0, size);
        }
        if (range == null) {
            return new Plan(200, 0, size, size);
        }
        Matcher m = RANGE.matcher(range.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Plan(200, 0, size, size); // malformed or multi-range: the whole file
        }
        try {
            long start;
            long end;
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) {
                    return new Plan(416, 0, 0, size);
                }
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(m.group(1));
                end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            }
            if (start >= size || start > end) {
                return new Plan(416, 0, 0, size);
            }
            return new Plan(206, start, end - start + 1, size);
        } catch (NumberFormatException e) {
            return new Plan(416, 0, 0, size);
        }
    }

    static void headers(Context ctx, FileRecord file, Plan plan) {
        ctx.header("ETag", etag(file));
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(file.createdAt().atOffset(ZoneOffset.UTC)));
        ctx.header("Cache-Control", "private, max-age=0, must-revalidate");
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (plan.status() == 416) {
            ctx.header("Content-Range", "bytes */" + plan.total());
            return;
        }
        if (plan.status() == 304) {
            return;
        }
        ctx.contentType(file.mimeType());
        ctx.header("Content-Disposition", disposition(file.filename()));
        ctx.header("Content-Length", String.valueOf(plan.length()));
        if (plan.status() == 206) {
            ctx.header("Content-Range", "bytes " + plan.offset() + "-" + (plan.offset() + plan.length() - 1) + "/"
                    + plan.total());
        }
    }

    static String etag(FileRecord file) {
        return EntityTags.strong(version(file));
    }

    /** Derived from id and size — never from hashing the file. */
    private static String version(FileRecord file) {
        return file.id() + "-" + file.size();
    }

    /** RFC 6266: an ASCII fallback with unsafe characters replaced, plus the exact name percent-encoded. */
    static String disposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
