package org.laurel.entries;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;
import org.laurel.programs.ProgramTopics;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/** The topics an entry's team picks from its program's list; expertise-aware assignment reads them. */
@Singleton
public class EntryTopics {

    @MappedEntity("entry_topic")
    record Row(@Id @GeneratedValue @Nullable Long id, long entryId, long topicId) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends CrudRepository<Row, Long> {
        List<Row> findByEntryId(long entryId);

        List<Row> findByEntryIdIn(Collection<Long> entryIds);

        void deleteByEntryId(long entryId);
    }

    @Serdeable
    public record TopicsRequest(@NotNull @Size(max = 10) List<@NotNull Long> topicIds) {}

    @Serdeable
    public record EntryTopicsView(long entryId, List<ProgramTopics.TopicView> topics) {}

    /** The team changed which topics the entry is about. */
    public record EntryTopicsChanged(
            Long actorId, long programId, long entryId, List<String> before, List<String> after)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, entryId);
        }

        @Override
        public String action() {
            return "ENTRY_TOPICS_CHANGED";
        }
    }

    private final Rows rows;
    private final EntryPolicy policy;
    private final ProgramTopics topics;
    private final ApplicationEventPublisher<EntryTopicsChanged> changed;

    EntryTopics(
            Rows rows,
            EntryPolicy policy,
            ProgramTopics topics,
            ApplicationEventPublisher<EntryTopicsChanged> changed) {
        this.rows = rows;
        this.policy = policy;
        this.topics = topics;
        this.changed = changed;
    }

    /** The team reads its entry's topics (and the program's list to pick from). */
    public EntryTopicsView get(long entryId, long userId) {
        Entry entry = policy.editableBy(entryId, userId);
        return view(entry);
    }

    @Transactional
    public EntryTopicsView set(long entryId, TopicsRequest request, long userId) {
        Entry entry = policy.editableBy(entryId, userId);
        if (entry.getStatus() == EntryStatus.WITHDRAWN) {
            throw new ProblemException.Conflict(
                    "entry-state", "Not possible in this state", "Entry " + entryId + " was withdrawn.");
        }
        Set<Long> allowed = topics.of(entry.getProgramId()).stream()
                .map(ProgramTopics.TopicView::id)
                .collect(Collectors.toSet());
        Set<Long> wanted = new LinkedHashSet<>(request.topicIds());
        for (Long id : wanted) {
            if (!allowed.contains(id)) {
                throw new ProblemException.Invalid(
                        "topicIds: " + id + " is not a topic of this program",
                        List.of(new FieldError("topicIds", id + " is not a topic of this program")));
            }
        }
        EntryTopicsView before = view(entry);
        rows.deleteByEntryId(entryId);
        wanted.forEach(t -> rows.save(new Row(null, entryId, t)));
        EntryTopicsView after = view(entry);
        changed.publishEvent(new EntryTopicsChanged(
                userId,
                entry.getProgramId(),
                entryId,
                before.topics().stream().map(ProgramTopics.TopicView::name).toList(),
                after.topics().stream().map(ProgramTopics.TopicView::name).toList()));
        return after;
    }

    /** For other modules: each entry's topic ids, in one query. */
    public Map<Long, Set<Long>> of(Collection<Long> entryIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (!entryIds.isEmpty()) {
            rows.findByEntryIdIn(entryIds)
                    .forEach(r -> out.computeIfAbsent(r.entryId(), k -> new TreeSet<>())
                            .add(r.topicId()));
        }
        return out;
    }

    private EntryTopicsView view(Entry entry) {
        Set<Long> mine =
                rows.findByEntryId(entry.getId()).stream().map(Row::topicId).collect(Collectors.toSet());
        return new EntryTopicsView(
                entry.getId(),
                topics.of(entry.getProgramId()).stream()
                        .filter(t -> mine.contains(t.id()))
                        .toList());
    }
}
