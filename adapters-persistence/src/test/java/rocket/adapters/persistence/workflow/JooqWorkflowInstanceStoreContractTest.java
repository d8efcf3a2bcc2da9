package rocket.adapters.persistence.workflow;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.adapters.persistence.definition.JooqDefinitionStore;
import rocket.application.workflows.port.out.contract.WorkflowInstanceStoreContract;

/** The jOOQ workflow instance store on an app's {@code _workflow_instances} meets the instance store contract. */
class JooqWorkflowInstanceStoreContractTest extends WorkflowInstanceStoreContract {
    @Override
    protected Stores emptyDatabase() {
        DSLContext database = freshDatabase();
        return new Stores(new JooqWorkflowInstanceStore(database), new JooqDefinitionStore(database),
                ContractDatabases.transactions(database));
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}
