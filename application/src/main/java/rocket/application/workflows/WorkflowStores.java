package rocket.application.workflows;

import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.records.port.out.RecordStore;
import rocket.application.workflows.port.out.WorkflowInstanceStore;

/**
 * The stores of one app that workflows run on: their instances, the records they read, the transactions, and the
 * app's users (whose records the read conditions of a caller may name).
 */
public record WorkflowStores(WorkflowInstanceStore instances, RecordStore records, TransactionRunner transactions,
                             UserAccountStore users) {
}
