package org.laurel.events;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.laurel.events.EventRepositories.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The one event mechanism: modules append events to a topic inside their own transaction (so an
 * event exists exactly when the change it describes does), and {@link EventHub} pushes them to
 * subscribers once the transaction commits: on this instance directly, on other instances through
 * PostgreSQL NOTIFY (which PostgreSQL itself delivers only on commit).
 */
@Singleton
public class EventLog {

    static final String CHANNEL = "laurel_events";

    private final EventRepositories.Topics topics;
    private final EventRepositories.Events events;
    private final TransactionOperations<Connection> tx;
    private final EventHub hub;
    private final Database database;
    private final JsonMapper json;
    private final Clock clock;

    EventLog(EventRepositories.Topics topics, EventRepositories.Events events, TransactionOperations<Connection> tx,
             EventHub hub, Database database, JsonMapper json, Clock clock) {
        this.topics = topics;
        this.events = events;
        this.tx = tx;
        this.hub = hub;
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /** Appends an event; must run inside the caller's transaction. Returns its sequence number. */
    public long append(String topic, String type, Object payload) {
        return append(topic, type, seq -> payload);
    }

    /** As {@link #append(String, String, Object)}, for a payload that names its own sequence number. */
    public long append(String topic, String type, java.util.function.LongFunction<Object> payload) {
        var status = tx.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("events are appended inside the change's transaction"));
        if (topics.bump(topic) == 0) {
            topics.start(topic); // the first event of the topic; a racing first event is fine
            topics.bump(topic);
        }
        long seq = topics.lastSeq(topic).orElseThrow();
        events.save(new StoredEvent(null, topic, seq, type, write(payload.apply(seq)), clock.instant()));
        if (database.postgres()) {
            notifyOthers(tx.getConnection(), topic);
        }
        status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                hub.poke(topic);
            }
        });
        return seq;
    }

    /** The topic's events after {@code seq}, in order. */
    public List<Event> since(String topic, long seq) {
        return events.findByTopicAndSeqGreaterThanOrderBySeq(topic, seq).stream()
                .map(e -> new Event(e.topic(), e.seq(), e.type(), e.payload(), e.createdAt())).toList();
    }

    public long lastSeq(String topic) {
        return topics.lastSeq(topic).orElse(0L);
    }

    private static void notifyOthers(Connection connection, String topic) {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
            st.setString(1, topic);
            st.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not notify other instances", e);
        }
    }

    private String write(Object payload) {
        try {
            return payload instanceof String s ? s : json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
