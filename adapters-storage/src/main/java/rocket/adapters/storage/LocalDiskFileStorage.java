package rocket.adapters.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import rocket.application.port.out.FileStorage;
import rocket.application.port.out.StoredObject;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Files on local disk at {@code <root>/<app>/<file id>}. Paths are built only from a validated app name and a UUID;
 * uploads go to a temporary file first and are moved into place only when complete and within the limit.
 */
public final class LocalDiskFileStorage implements FileStorage {
    private static final Pattern APP = Pattern.compile("^[a-z][a-z0-9_-]{0,62}$");
    private static final int BUFFER = 64 * 1024;
    private final Path root;

    public LocalDiskFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredObject write(String app, UUID fileId, InputStream content, long maxBytes) {
        Path target = path(app, fileId);
        Path partial = target.resolveSibling("." + fileId + ".part");
        try {
            Files.createDirectories(target.getParent());
            long written = 0;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = content.read(buffer)) != -1) {
                    written += n;
                    if (written > maxBytes) {
                        throw RocketException.of(ErrorCode.FILE_TOO_LARGE,
                                "File too large: more than " + maxBytes + " bytes (max " + maxBytes + ")");
                    }
                    out.write(buffer, 0, n);
                }
            }
            move(partial, target);
            return new StoredObject(fileId, written, Files.getLastModifiedTime(target).toInstant());
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    @Override
    public Optional<StoredObject> find(String app, UUID fileId) {
        Path file = path(app, fileId);
        try {
            return Optional.of(new StoredObject(fileId, Files.size(file), Files.getLastModifiedTime(file).toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String app, UUID fileId, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(path(app, fileId), StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (NoSuchFileException e) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "File " + fileId + " not found on disk");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean delete(String app, UUID fileId) {
        Path file = path(app, fileId);
        try {
            boolean deleted = Files.deleteIfExists(file);
            try {
                Files.deleteIfExists(file.getParent()); // only succeeds when the app directory is now empty
            } catch (IOException notEmpty) {
                // other files remain: keep the directory
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String location(String app, UUID fileId) {
        return path(app, fileId).toString();
    }

    private Path path(String app, UUID fileId) {
        if (app == null || !APP.matcher(app).matches() || fileId == null) {
            throw new IllegalArgumentException("Invalid storage address");
        }
        Path path = root.resolve(app).resolve(fileId.toString()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Invalid storage address"); // defence in depth
        }
        return path;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // nothing more can be done; the name is unique and never served
        }
    }
}
