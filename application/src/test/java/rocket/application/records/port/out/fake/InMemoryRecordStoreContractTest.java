package rocket.application.records.port.out.fake;

import java.util.List;
import rocket.application.records.port.out.RecordStore;
import rocket.application.records.port.out.contract.RecordStoreContract;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Relation;

/** The in-memory fake the service tests use meets the same contract as the jOOQ store, so its answers are honest. */
class InMemoryRecordStoreContractTest extends RecordStoreContract {
    @Override
    protected RecordStore storeWith(List<Entity> entities, Relation joinTable) {
        return new InMemoryRecordStore();
    }
}
