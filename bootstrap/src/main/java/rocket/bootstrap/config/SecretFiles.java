package rocket.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Secrets the server generates for itself on first start and keeps in {@code <data-dir>/secrets/} (directory 0700,
 * files 0600, written atomically): the platform JWT secret and the embedded PostgreSQL's password.
 */
public final class SecretFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path directory;

    public SecretFiles(Path dataDir) {
        this.directory = dataDir.resolve("secrets").toAbsolutePath();
    }

    public Path path(String name) {
        return directory.resolve(name);
    }

    /** The secret kept under {@code name}, created now (32 random bytes, hex) if there is none yet. */
    public String readOrCreate(String name) {
        Path file = path(name);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (secret.isEmpty()) {
                throw new ConfigException("The secret file " + file + " is empty; delete it to have a new one generated");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        createPrivateDirectory();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (posix()) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        Files.writeString(temp, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.UTF_8);
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true); // on disk before it is used: a crash must not leave an empty secret behind
        }
        try {
            Files.createLink(file, temp); // atomic and never replaces: of two racing starts, the first one wins
        } catch (FileAlreadyExistsException raced) {
            // another process created it first; use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void createPrivateDirectory() throws IOException {
        if (posix()) {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(directory);
        }
    }

    private boolean posix() {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
