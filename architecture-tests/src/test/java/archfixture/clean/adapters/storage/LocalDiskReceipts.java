package archfixture.clean.adapters.storage;

import archfixture.clean.domain.Order;
import java.nio.file.Path;

/** Clean fixture: a storage adapter on the JDK's file API. */
public class LocalDiskReceipts {
    private final Path root;

    public LocalDiskReceipts(Path root) {
        this.root = root;
    }

    Path receiptOf(Order order) {
        return root.resolve(order.id().toString());
    }
}
