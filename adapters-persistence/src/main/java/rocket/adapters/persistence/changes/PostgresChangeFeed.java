package rocket.adapters.persistence.changes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.adapters.persistence.replica.Replica;
import rocket.adapters.persistence.sql.PlainSql;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.application.apps.port.out.ChangeFeed;
import rocket.application.apps.port.out.DataChange;

/**
 * Changes between instances over PostgreSQL {@code LISTEN/NOTIFY} on the management database. Publishing queues the
 * change (bounded; when full, the change is widened to "anything may have changed" rather than lost) and one sender
 * thread sends it; one listener thread holds a dedicated connection and hands other instances' changes to the
 * subscribers. After losing that connection it reconnects and reports "anything may have changed", because
 * notifications sent meanwhile are gone.
 */
public final class PostgresChangeFeed implements ChangeFeed, AutoCloseable {
    static final String CHANNEL = "rocket_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeFeed.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final PostgresSettings settings;
    private final DSLContext management;
    private final Optional<Replica> replica;
    private final String origin = ChangeMessages.newOrigin();
    /** How long changes are gathered before they are sent: what other instances may lag behind, at most. */
    static final Duration GATHER = Duration.ofMillis(10);
    private final BlockingQueue<DataChange> outbox = new ArrayBlockingQueue<>(10_000);
    private final List<Consumer<DataChange>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread sender;
    private final Thread listener;
    private volatile boolean running = true;

    /** {@code replica}, when present, learns how far the WAL stood when other instances' changes arrived. */
    public PostgresChangeFeed(PostgresSettings settings, DSLContext management, Optional<Replica> replica) {
        this.settings = settings;
        this.management = management;
        this.replica = replica;
        this.sender = Thread.ofPlatform().daemon().name("rocket-change-sender").start(this::send);
        this.listener = Thread.ofPlatform().daemon().name("rocket-change-listener").start(this::listen);
    }

    @Override
    public void publish(DataChange change) {
        if (!outbox.offer(change)) {
            outbox.clear(); // widened: one "everything" stands for every change dropped here
            outbox.offer(DataChange.everything());
        }
    }

    @Override
    public void subscribe(Consumer<DataChange> subscriber) {
        subscribers.add(subscriber);
    }

    /**
     * Sends what is queued, merged per app: a burst of writes costs one NOTIFY per app and {@link #GATHER}, not one
     * per commit (at a thousand writes a second, NOTIFYs were a twentieth of the server's CPU).
     */
    private void send() {
        while (running) {
            try {
                DataChange first = outbox.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                Thread.sleep(GATHER); // the commits of the next few milliseconds go out with this one
                List<DataChange> pending = new ArrayList<>(List.of(first));
                outbox.drainTo(pending);
                for (DataChange change : ChangeMessages.merge(pending)) {
                    management.select(DSL.function(DSL.name("pg_notify"), Object.class, DSL.val(CHANNEL),
                            DSL.val(ChangeMessages.encode(origin, change)))).execute();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Could not broadcast a change to other instances: {}", e.getMessage());
            }
        }
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(settings.managementDatabase()),
                    settings.user(), settings.password())) {
                PlainSql.listen(connection, CHANNEL);
                if (!first) {
                    positionKnown(connection);
                    deliver(DataChange.everything()); // notifications sent while disconnected are lost
                }
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        positionKnown(connection);
                    }
                    for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                        ChangeMessages.decode(origin, notification.getParameter()).ifPresent(this::deliver);
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Change listener lost its connection ({}); reconnecting", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    /**
     * Before other instances' changes move this instance's versions, the replica learns the primary's WAL position:
     * read now, it is past their commits (each was committed before its notification was sent).
     */
    private void positionKnown(Connection connection) {
        replica.ifPresent(r -> {
            try {
                r.advanceAll(Replica.walInserted(DSL.using(connection, SQLDialect.POSTGRES)));
            } catch (RuntimeException e) {
                r.unknownAll();
            }
        });
    }

    private void deliver(DataChange change) {
        for (Consumer<DataChange> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A change subscriber failed: {}", e.getMessage(), e);
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        sender.interrupt();
        try {
            sender.join(2_000);
            listener.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
