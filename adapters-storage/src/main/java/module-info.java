/** File storage adapters for the {@code FileStorage} port: local disk and S3-compatible object storage. */
module rocket.adapters.storage {
    requires transitive rocket.application; // implements the FileStorage port; transitive: callers see its types
    requires software.amazon.awssdk.services.s3; // S3 objects, multipart uploads, ranged reads
    requires software.amazon.awssdk.core; // request bodies and response streams
    requires software.amazon.awssdk.auth; // the default credentials chain
    requires software.amazon.awssdk.regions; // regions and the default region chain
    requires software.amazon.awssdk.http; // the HTTP client and request body interfaces
    requires software.amazon.awssdk.http.urlconnection; // the JDK-based HTTP client: no netty, no Apache HttpClient

    exports rocket.adapters.storage;
}
