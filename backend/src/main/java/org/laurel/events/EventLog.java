package org.laurel.events;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.laurel.events.EventRepositories.StoredEvent;

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

    EventLog(
            EventRepositories.Topics topics,
            EventRepositories.Events events,
            TransactionOperations<Connection> tx,
            EventHub hub,
            Database database,
            JsonMapper json,
            Clock clock) {
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

    /** One event of a batch. */
    public record Pending(String topic, String type, Object payload) {}

    /**
     * Appends many events at once (a notification to each of 2,000 applicants) in a fixed number
     * of batched statements, whatever their number: start the topics, advance each topic's
     * sequence by its count, read the new ends back in one query, insert the events, notify.
     * Topics are taken in sorted order so two batches never deadlock on each other's rows.
     */
    public void appendAll(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        var status = tx.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("events are appended inside the change's transaction"));
        Connection c = tx.getConnection();
        java.util.TreeMap<String, List<Pending>> byTopic = new java.util.TreeMap<>();
        pending.forEach(p -> byTopic.computeIfAbsent(p.topic(), k -> new java.util.ArrayList<>())
                .add(p));
        try {
            try (PreparedStatement start = c.prepareStatement(
                            "INSERT INTO event_topic (topic, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING");
                    PreparedStatement bump =
                            c.prepareStatement("UPDATE event_topic SET last_seq = last_seq + ? WHERE topic = ?")) {
                for (var e : byTopic.entrySet()) {
                    start.setString(1, e.getKey());
                    start.addBatch();
                    bump.setInt(1, e.getValue().size());
                    bump.setString(2, e.getKey());
                    bump.addBatch();
                }
                start.executeBatch();
                bump.executeBatch();
            }
            java.util.Map<String, Long> ends = new java.util.HashMap<>();
            try (PreparedStatement read =
                    c.prepareStatement("SELECT topic, last_seq FROM event_topic WHERE topic = ANY(?)")) {
                read.setArray(1, c.createArrayOf("VARCHAR", byTopic.keySet().toArray()));
                try (var rs = read.executeQuery()) {
                    while (rs.next()) {
                        ends.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO event_log (topic, seq, type, payload, created_at) VALUES (?, ?, ?, ?, ?)")) {
                for (var e : byTopic.entrySet()) {
                    long seq = ends.get(e.getKey()) - e.getValue().size();
                    for (Pending p : e.getValue()) {
                        insert.setString(1, p.topic());
                        insert.setLong(2, ++seq);
                        insert.setString(3, p.type());
                        insert.setString(4, write(p.payload()));
                        insert.setTimestamp(5, now);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            if (database.postgres()) {
                try (PreparedStatement n =
                        c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', t) FROM unnest(?::text[]) AS t")) {
                    n.setArray(1, c.createArrayOf("text", byTopic.keySet().toArray()));
                    n.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not append events", e);
        }
        List<String> topicsToPoke = List.copyOf(byTopic.keySet());
        status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                topicsToPoke.forEach(hub::poke);
            }
        });
    }

    /** The topic's events after {@code seq}, in order. */
    public List<StreamEvent> since(String topic, long seq) {
        return events.findByTopicAndSeqGreaterThanOrderBySeq(topic, seq).stream()
                .map(e -> new StreamEvent(e.topic(), e.seq(), e.type(), e.payload(), e.createdAt()))
                .toList();
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
