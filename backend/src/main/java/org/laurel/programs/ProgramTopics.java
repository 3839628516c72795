package org.laurel.programs;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * A program's topics ("Computer vision", "储能"...): entries pick theirs, judges declare theirs, and
 * expertise-aware assignment counts the ones they share. The organizer keeps the list; a topic
 * keeps its id while its name changes, and one removed leaves every entry and judge that had it.
 */
@Singleton
public class ProgramTopics {

    @MappedEntity("program_topic")
    record Topic(
            @Id @GeneratedValue @Nullable Long id,
            long programId,
            String name,
            @Nullable String nameI18n,
            int position) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Topics extends CrudRepository<Topic, Long> {
        List<Topic> findByProgramIdOrderByPosition(long programId);

        List<Topic> findByIdIn(Collection<Long> ids);
    }

    @Serdeable
    public record TopicView(long id, String name) {}

    @Serdeable
    public record TopicInput(
            @Nullable Long id, @NotBlank @Size(max = 100) String name) {}

    @Serdeable
    public record SaveTopicsRequest(@NotNull @Size(max = 60) List<@Valid @NotNull TopicInput> topics) {}

    /** The organizer changed the program's topics. */
    public record TopicsChanged(long organizerId, long programId, List<String> before, List<String> after)
            implements AuditedChange {
        @Override
        public Long actorId() {
            return organizerId;
        }

        @Override
        public AuditTrail.Subject subject() {
            return new AuditTrail.Subject(programId, null, null);
        }

        @Override
        public String action() {
            return "PROGRAM_TOPICS_CHANGED";
        }
    }

    private final Topics topics;
    private final ProgramService programs;
    private final ApplicationEventPublisher<TopicsChanged> changed;

    ProgramTopics(Topics topics, ProgramService programs, ApplicationEventPublisher<TopicsChanged> changed) {
        this.topics = topics;
        this.programs = programs;
        this.changed = changed;
    }

    /** Anyone who may see the program may read its topics (404 otherwise, as for the program). */
    public List<TopicView> list(long programId, @Nullable Long viewerId) {
        programs.get(programId, viewerId);
        return of(programId);
    }

    /** For other modules: the program's topics in order. */
    public List<TopicView> of(long programId) {
        return topics.findByProgramIdOrderByPosition(programId).stream()
                .map(t -> new TopicView(t.id(), t.name()))
                .toList();
    }

    /** For other modules: topic names by id (any program). */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            topics.findByIdIn(ids).forEach(t -> out.put(t.id(), t.name()));
        }
        return out;
    }

    @Transactional
    public List<TopicView> replace(long programId, SaveTopicsRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        List<Topic> existing = topics.findByProgramIdOrderByPosition(programId);
        Map<Long, Topic> byId = new LinkedHashMap<>();
        existing.forEach(t -> byId.put(t.id(), t));
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < request.topics().size(); i++) {
            TopicInput in = request.topics().get(i);
            if (!names.add(in.name().strip().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("topics[" + i + "].name", "is used twice"));
            }
            if (in.id() != null && !byId.containsKey(in.id())) {
                errors.add(new FieldError("topics[" + i + "].id", "is not a topic of this program"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(
                    errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < request.topics().size(); i++) {
            TopicInput in = request.topics().get(i);
            String name = in.name().strip();
            if (in.id() == null) {
                topics.save(new Topic(null, programId, name, null, i));
            } else {
                kept.add(in.id());
                topics.update(new Topic(in.id(), programId, name, null, i));
            }
        }
        existing.stream().filter(t -> !kept.contains(t.id())).forEach(topics::delete);
        List<TopicView> after = of(programId);
        changed.publishEvent(new TopicsChanged(
                organizerId,
                programId,
                existing.stream().map(Topic::name).toList(),
                after.stream().map(TopicView::name).toList()));
        return after;
    }
}
