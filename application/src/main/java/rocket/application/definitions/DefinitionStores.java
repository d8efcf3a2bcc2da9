package rocket.application.definitions;

import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.SchemaMigrator;

/** The stores of one app that definitions are read, written and migrated through. */
public record DefinitionStores(MetadataStore metadata, DefinitionStore definitions, SchemaMigrator schema,
                               TransactionRunner transactions) {
}
