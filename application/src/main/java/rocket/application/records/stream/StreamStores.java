package rocket.application.records.stream;

import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.RecordStore;

/** The stores of one app that change streams read: its change log and its rows. */
public record StreamStores(ChangeLog changes, RecordStore records) {
}
