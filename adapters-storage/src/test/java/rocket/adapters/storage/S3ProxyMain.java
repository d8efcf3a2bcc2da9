package rocket.adapters.storage;

/**
 * {@link S3ProxyServer} as a process of its own, for tests of other modules whose classpath cannot hold s3proxy (its
 * servlet API and Jackson are older than the server's): creates the bucket named by the first argument, prints
 * {@code port=<n>} and the access and secret key, and runs until its standard input closes (its parent ended).
 */
public final class S3ProxyMain {
    private S3ProxyMain() {
    }

    public static void main(String[] args) throws Exception {
        try (S3ProxyServer server = S3ProxyServer.start()) {
            server.createBucket(args[0]);
            var credentials = S3ProxyServer.credentials().resolveCredentials();
            System.out.println("port=" + server.port());
            System.out.println("access=" + credentials.accessKeyId());
            System.out.println("secret=" + credentials.secretAccessKey());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
