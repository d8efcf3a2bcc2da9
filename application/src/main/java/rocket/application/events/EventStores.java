package rocket.application.events;

import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.events.port.out.EventStore;

/** One app's events table and the transactions its bulk writes run in. */
public record EventStores(EventStore events, TransactionRunner transactions) {
}
