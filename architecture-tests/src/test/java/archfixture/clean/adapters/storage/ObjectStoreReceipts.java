package archfixture.clean.adapters.storage;

import archfixture.clean.domain.Order;
import software.amazon.awssdk.services.s3.S3Client;

/** Clean fixture: a storage adapter on an object store's SDK. */
public class ObjectStoreReceipts {
    private final S3Client client;

    public ObjectStoreReceipts(S3Client client) {
        this.client = client;
    }

    String keyOf(Order order) {
        return client.serviceName() + "/" + order.id();
    }
}
