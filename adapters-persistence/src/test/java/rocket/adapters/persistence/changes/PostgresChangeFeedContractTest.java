package rocket.adapters.persistence.changes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.apps.port.out.ChangeFeed;
import rocket.application.apps.port.out.contract.ChangeFeedContract;

/** LISTEN/NOTIFY on one management database, two feeds as two server instances, meets the change feed contract. */
class PostgresChangeFeedContractTest extends ChangeFeedContract {
    private static final ContractDatabases.Named MANAGEMENT = ContractDatabases.freshManagementDatabase();
    private final List<PostgresChangeFeed> opened = new ArrayList<>();

    @Override
    protected ChangeFeed newInstance() {
        PostgresChangeFeed feed = new PostgresChangeFeed(ContractDatabases.settings(MANAGEMENT.name()),
                MANAGEMENT.dsl(), java.util.Optional.empty());
        opened.add(feed);
        return feed;
    }

    @AfterEach
    void closeEveryInstance() {
        opened.forEach(PostgresChangeFeed::close);
    }
}
