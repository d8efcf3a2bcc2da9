package rocket.application.definitions;

import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.records.port.out.RecordStore;

/** The stores of one app that an import's {@code sample_data} is inserted into: records and user accounts. */
public record SampleDataStores(RecordStore records, UserAccountStore users) {
}
