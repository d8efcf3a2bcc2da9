package archfixture.rocket.bootstrap;

/** Fixture: bootstrap that builds an S3 client itself instead of leaving object storage to the storage adapter. */
public class BadBootstrapBuildsS3Client {
    Object client = software.amazon.awssdk.services.s3.S3Client.builder();
}
