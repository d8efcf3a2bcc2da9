package rocket.bootstrap.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's quickstart: every {@code ```bash} block right after a {@code <!-- quickstart -->} line, in order. */
final class QuickstartScript {
    static final String MARKER = "<!-- quickstart -->";
    private static final Pattern BLOCK = Pattern.compile(Pattern.quote(MARKER) + "\\n```bash\\n(.*?)\\n```",
            Pattern.DOTALL);

    private QuickstartScript() {
    }

    /** The README of the repository: tests run in a module directory, so it is found upwards from there. */
    static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("bootstrap"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }

    static List<String> blocks(String markdown) {
        Matcher matcher = BLOCK.matcher(markdown);
        List<String> blocks = new java.util.ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    static List<String> blocks() {
        try {
            return blocks(Files.readString(readme()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
