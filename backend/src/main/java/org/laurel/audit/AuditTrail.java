package org.laurel.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The append-only audit trail. A change reaches it inside the same transaction as the change
 * itself, so the trail and the data never disagree: modules announce a past-tense
 * {@link AuditedChange} (see e.g. {@code EntryEvents}, {@code RoundEvents}) and the listener below
 * records it. {@link #record} remains for callers not yet announcing events.
 */
@Singleton
public class AuditTrail {

    /** What a change concerns; any of the ids may be null. */
    public record Subject(
            @Nullable Long programId,
            @Nullable Long roundId,
            @Nullable Long entryId) {}

    @Serdeable
    public record Item(
            long id,
            Instant at,
            @Nullable Long actorId,
            @Nullable String actorName,
            @Nullable Long roundId,
            @Nullable Long entryId,
            String action,
            @Nullable String before,
            @Nullable String after,
            @Nullable String reason) {}

    private final AuditRepository records;
    private final ActorNames names;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(AuditRepository records, ActorNames names, JsonMapper json, Clock clock) {
        this.records = records;
        this.names = names;
        this.json = json;
        this.clock = clock;
    }

    public void record(
            @Nullable Long actorId,
            Subject subject,
            String action,
            @Nullable Object before,
            @Nullable Object after,
            @Nullable String reason) {
        records.save(new AuditRecord(
                null,
                clock.instant(),
                actorId,
                subject.programId(),
                subject.roundId(),
                subject.entryId(),
                action,
                write(before),
                write(after),
                reason));
    }

    /**
     * Every published {@link AuditedChange} lands here, synchronously and so in the transaction
     * that made the change: the record commits or rolls back with it.
     */
    @io.micronaut.runtime.event.annotation.EventListener
    void on(AuditedChange change) {
        record(change.actorId(), change.subject(), change.action(), change.before(), change.after(), change.reason());
    }

    public List<Item> ofRound(long roundId) {
        return items(records.findByRoundIdOrderById(roundId));
    }

    public List<Item> ofProgram(long programId) {
        return items(records.findByProgramIdOrderById(programId));
    }

    public List<Item> ofEntry(long entryId) {
        return items(records.findByEntryIdOrderById(entryId));
    }

    /** Who did it, by name, looked up once for the whole list (a trail is read by people). */
    private List<Item> items(List<AuditRecord> list) {
        java.util.Map<Long, String> byId = names.namesOf(list.stream()
                .map(AuditRecord::actorId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return list.stream()
                .map(r -> new Item(
                        r.id(),
                        r.at(),
                        r.actorId(),
                        r.actorId() == null ? null : byId.get(r.actorId()),
                        r.roundId(),
                        r.entryId(),
                        r.action(),
                        r.beforeJson(),
                        r.afterJson(),
                        r.reason()))
                .toList();
    }

    private String write(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
