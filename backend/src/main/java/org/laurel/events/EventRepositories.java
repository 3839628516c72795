package org.laurel.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class EventRepositories {

    private EventRepositories() {}

    /** The last sequence number of a topic; updating the row serialises appends to one topic. */
    @MappedEntity("event_topic")
    record EventTopic(@Id String topic, long lastSeq) {}

    @MappedEntity("event_log")
    record StoredEvent(
            @Id @GeneratedValue @Nullable Long id,
            String topic,
            long seq,
            String type,
            String payload,
            Instant createdAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Topics extends CrudRepository<EventTopic, String> {
        /** Takes the topic's row lock until the transaction ends, so sequence numbers are gapless and commit in order. */
        @Query("UPDATE event_topic SET last_seq = last_seq + 1 WHERE topic = :topic")
        long bump(String topic);

        /** Starts a topic; a concurrent start is not an error (on PostgreSQL an error would abort the caller's transaction). */
        @Query("INSERT INTO event_topic (topic, last_seq) VALUES (:topic, 0) ON CONFLICT DO NOTHING")
        void start(String topic);

        @Query("SELECT last_seq FROM event_topic WHERE topic = :topic")
        Optional<Long> lastSeq(String topic);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Events extends CrudRepository<StoredEvent, Long> {
        List<StoredEvent> findByTopicAndSeqGreaterThanOrderBySeq(String topic, long seq);
    }
}
