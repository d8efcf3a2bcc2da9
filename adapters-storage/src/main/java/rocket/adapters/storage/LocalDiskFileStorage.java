package rocket.adapters.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.UUID;
import rocket.application.files.port.out.FileStorage;
import rocket.application.files.port.out.StoredObject;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Files on local disk at {@code <root>/<app>/<file id>}: paths come only from a validated app name and a UUID, uploads
 * stream through a fixed buffer into a temporary file that is moved into place only when complete and within the limit.
 *
 * <p>The limit is checked by {@link UploadLimit}; bad addresses ({@link StorageAddress}), negative limits or ranges are
 * programming errors and raise {@link IllegalArgumentException}. Files are created as temporary files, so on POSIX
 * systems they are readable by the server's user only.
 */
public final class LocalDiskFileStorage implements FileStorage {
    private static final int BUFFER = 64 * 1024;
    /** A concurrent delete may remove the (then empty) app directory between our mkdir and our create. */
    private static final int DIRECTORY_ATTEMPTS = 100;
    private final Path root;

    public LocalDiskFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredObject write(String app, UUID fileId, InputStream content, long maxBytes) {
        Path target = path(app, fileId);
        if (content == null || maxBytes < 0) {
            throw new IllegalArgumentException("A write needs content and a non-negative limit");
        }
        Path partial = null;
        try {
            partial = createPartial(target.getParent(), fileId);
            long written = copyWithLimit(content, partial, maxBytes);
            move(partial, target);
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
            return new StoredObject(fileId, written, attributes.lastModifiedTime().toInstant());
        } catch (IOException e) {
            discard(partial);
            if (outOfSpace(e)) {
                throw RocketException.of(ErrorCode.INSUFFICIENT_STORAGE, "Not enough storage space for this upload");
            }
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            discard(partial);
            throw e;
        }
    }

    @Override
    public Optional<StoredObject> find(String app, UUID fileId) {
        Path file = path(app, fileId);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new StoredObject(fileId, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A range past the end yields the bytes that exist (possibly none); nothing is read until the caller reads. */
    @Override
    public InputStream open(String app, UUID fileId, long offset, long length) {
        Path file = path(app, fileId);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("A range needs a non-negative offset and length");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "File " + fileId + " not found on disk");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Also removes the app directory once it is empty. */
    @Override
    public boolean delete(String app, UUID fileId) {
        Path file = path(app, fileId);
        try {
            boolean deleted = Files.deleteIfExists(file);
            removeIfEmpty(file.getParent());
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
        Path path = root.resolve(StorageAddress.of(app, fileId)).normalize();
        if (!path.startsWith(root) || !path.getParent().getParent().equals(root)) {
            throw new IllegalArgumentException("Invalid storage address"); // defence in depth
        }
        return path;
    }

    /** A uniquely named hidden file next to the target, so a rename into place never crosses file systems. */
    private static Path createPartial(Path directory, UUID fileId) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.createDirectories(directory);
                return Files.createTempFile(directory, "." + fileId + ".", ".part");
            } catch (NoSuchFileException | FileAlreadyExistsException e) {
                // a concurrent delete removed the emptied directory: between our mkdir and its check (the JDK then
                // reports "already exists" for a path that no longer is a directory), or before the temp file
                if (attempt == DIRECTORY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Streams through one fixed buffer; stops at the first chunk past the limit. Forces to disk before returning. */
    private static long copyWithLimit(InputStream content, Path partial, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            int n;
            while ((n = content.read(buffer)) != -1) {
                UploadLimit.check(written, n, maxBytes);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                written += n;
            }
            out.force(true); // the rename below must not publish a file whose bytes a crash could still lose
        }
        return written;
    }

    /** ENOSPC or EDQUOT: the JDK reports both only through the operating system's message. */
    private static boolean outOfSpace(IOException e) {
        String message = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Best effort: a failed write leaves neither its partial file nor an app directory it emptied. */
    private static void discard(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
            removeIfEmpty(partial.getParent());
        } catch (IOException ignored) {
            // nothing more can be done; the name is unique, hidden and never served
        }
    }

    private static void removeIfEmpty(Path directory) throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException stillUsed) {
            // other files (or a concurrent write's partial file) remain: keep the directory
        }
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        try {
            channel.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
