package org.laurel.entries;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;

/**
 * Whether an entry may appear in its program's public showcase: only when its owner opted in
 * (the team read the choice; the owner makes it, at any time, and may take it back). Which
 * entries the showcase then shows is {@link #SHOWN}'s rule and the published program's.
 */
@Singleton
public class EntryVisibility {

    /** Entries the public may see once opted in: submitted and still in the running, or decided. Never a draft, a withdrawn or an ineligible one. */
    public static final Set<EntryStatus> SHOWN =
            Set.of(EntryStatus.SUBMITTED, EntryStatus.ELIGIBLE, EntryStatus.AWARDED, EntryStatus.NOT_AWARDED);

    @MappedEntity("entry_visibility")
    record Row(@Id long entryId, boolean showcase, Instant updatedAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends CrudRepository<Row, Long> {
        List<Row> findByEntryIdInAndShowcase(Collection<Long> entryIds, boolean showcase);
    }

    @Serdeable
    public record VisibilityRequest(@NotNull Boolean showcase) {}

    /** {@code canChange}: the reader owns the entry (members see the choice, only the owner makes it). */
    @Serdeable
    public record VisibilityView(long entryId, boolean showcase, boolean canChange) {}

    /** The owner opted the entry in or out of the public showcase. */
    public record ShowcaseChosen(Long actorId, long programId, long entryId, EntryStatus status, boolean showcase)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, status);
        }

        @Override
        public String action() {
            return showcase ? "ENTRY_SHOWCASE_OPTED_IN" : "ENTRY_SHOWCASE_OPTED_OUT";
        }

        @Override
        public Object before() {
            return Map.of("showcase", !showcase);
        }

        @Override
        public Object after() {
            return Map.of("showcase", showcase);
        }
    }

    private final Rows rows;
    private final EntryPolicy policy;
    private final ApplicationEventPublisher<ShowcaseChosen> chosen;
    private final Clock clock;

    EntryVisibility(Rows rows, EntryPolicy policy, ApplicationEventPublisher<ShowcaseChosen> chosen, Clock clock) {
        this.rows = rows;
        this.policy = policy;
        this.chosen = chosen;
        this.clock = clock;
    }

    public VisibilityView get(long entryId, long userId) {
        Entry entry = policy.editableBy(entryId, userId);
        return view(entry, userId);
    }

    @Transactional
    public VisibilityView set(long entryId, VisibilityRequest request, long userId) {
        Entry entry = policy.ownedBy(entryId, userId);
        boolean before = rows.findById(entryId).map(Row::showcase).orElse(false);
        Row row = new Row(entryId, request.showcase(), clock.instant());
        if (rows.existsById(entryId)) {
            rows.update(row);
        } else {
            rows.save(row);
        }
        if (before != request.showcase()) {
            chosen.publishEvent(
                    new ShowcaseChosen(userId, entry.getProgramId(), entryId, entry.getStatus(), request.showcase()));
        }
        return view(entry, userId);
    }

    /** Of these entries, the ones whose owner opted in, in one query. */
    public Set<Long> optedIn(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Set.of();
        }
        return rows.findByEntryIdInAndShowcase(entryIds, true).stream()
                .map(Row::entryId)
                .collect(Collectors.toSet());
    }

    private VisibilityView view(Entry entry, long userId) {
        return new VisibilityView(
                entry.getId(),
                rows.findById(entry.getId()).map(Row::showcase).orElse(false),
                entry.getApplicantId() == userId);
    }
}
