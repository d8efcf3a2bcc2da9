package rocket.application.records.write;

import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.files.port.out.FileRecordStore;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.RecordStore;

/**
 * The stores of one app that record writes use: its rows, its file records (file fields), its change log and its
 * transactions.
 */
public record WriteStores(RecordStore records, FileRecordStore files, ChangeLog changes,
                          TransactionRunner transactions) {
}
