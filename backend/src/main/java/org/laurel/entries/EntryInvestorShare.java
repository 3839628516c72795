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
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.audit.AuditTrail;
import org.laurel.audit.AuditedChange;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * What an entry shows its program's investors: nothing until its owner opts in, then its title
 * and category plus the fields and files the owner chose. The team reads the choice; the owner
 * makes it and may take it back at any time. {@link EntryDirectory#forInvestors} applies it.
 */
@Singleton
public class EntryInvestorShare {

    /** The parts an owner may share beyond the title and category. */
    public enum Field {
        SUMMARY,
        TEAM,
        ORGANIZATION,
        FILES
    }

    @MappedEntity("entry_investor_share")
    record Row(@Id long entryId, boolean shared, String fields, String fileIds, Instant updatedAt) {

        Set<Field> fieldSet() {
            return fields.isEmpty()
                    ? EnumSet.noneOf(Field.class)
                    : Arrays.stream(fields.split(","))
                            .map(Field::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Field.class)));
        }

        List<Long> fileIdList() {
            return fileIds.isEmpty()
                    ? List.of()
                    : Arrays.stream(fileIds.split(",")).map(Long::valueOf).toList();
        }
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends CrudRepository<Row, Long> {
        List<Row> findByEntryIdInAndShared(Collection<Long> entryIds, boolean shared);
    }

    /** {@code fileIds}: the entry's attachments to show, used only with FILES. */
    @Serdeable
    public record ShareRequest(
            @NotNull Boolean shared,
            @NotNull @Size(max = 4) List<@NotNull Field> fields,
            @NotNull @Size(max = 50) List<@NotNull Long> fileIds) {}

    /** {@code canChange}: the reader owns the entry (members see the choice, only the owner makes it). */
    @Serdeable
    public record ShareView(long entryId, boolean shared, List<Field> fields, List<Long> fileIds, boolean canChange) {}

    /** The owner changed what investors see of the entry. */
    public record InvestorShareChosen(
            Long actorId, long programId, long entryId, EntryStatus status, ShareView was, ShareView now)
            implements AuditedChange {
        @Override
        public AuditTrail.Subject subject() {
            return EntryEvents.subject(programId, entryId, status);
        }

        @Override
        public String action() {
            return "ENTRY_INVESTOR_SHARE_CHANGED";
        }

        @Override
        public Object before() {
            return Map.of("shared", was.shared(), "fields", was.fields(), "fileIds", was.fileIds());
        }

        @Override
        public Object after() {
            return Map.of("shared", now.shared(), "fields", now.fields(), "fileIds", now.fileIds());
        }
    }

    private final Rows rows;
    private final EntryPolicy policy;
    private final EntryRepositories.Attachments attachments;
    private final AttachmentStore store;
    private final ApplicationEventPublisher<InvestorShareChosen> chosen;
    private final Clock clock;

    EntryInvestorShare(
            Rows rows,
            EntryPolicy policy,
            EntryRepositories.Attachments attachments,
            AttachmentStore store,
            ApplicationEventPublisher<InvestorShareChosen> chosen,
            Clock clock) {
        this.rows = rows;
        this.policy = policy;
        this.attachments = attachments;
        this.store = store;
        this.chosen = chosen;
        this.clock = clock;
    }

    /**
     * A file the entry's owner shares with investors now (shared, FILES chosen, this file among
     * them), else 404 as if it did not exist; the caller has checked the reader is one of the
     * program's investors and the entry is in the running ({@link EntryDirectory#forInvestors}).
     */
    public EntryService.Download sharedFile(long entryId, long fileId) {
        boolean shared = rows.findById(entryId)
                .filter(r -> r.shared() && r.fieldSet().contains(Field.FILES))
                .filter(r -> r.fileIdList().contains(fileId))
                .isPresent();
        EntryParts.Attachment file = attachments
                .findById(fileId)
                .filter(a -> shared && a.entryId() == entryId)
                .orElseThrow(() -> new EntryProblems.AttachmentNotFound(fileId));
        return EntryService.stored(store, file, file.fileName());
    }

    /** The choice as it stands; a chosen file removed since no longer counts (nor is it ever served). */
    public ShareView get(long entryId, long userId) {
        Entry entry = policy.editableBy(entryId, userId);
        ShareView v = view(entry.getId(), rows.findById(entryId).orElse(null), entry.getApplicantId() == userId);
        Set<Long> own = attachments.findByEntryIdOrderById(entryId).stream()
                .map(EntryParts.Attachment::id)
                .collect(Collectors.toSet());
        return new ShareView(
                v.entryId(),
                v.shared(),
                v.fields(),
                v.fileIds().stream().filter(own::contains).toList(),
                v.canChange());
    }

    @Transactional
    public ShareView set(long entryId, ShareRequest request, long userId) {
        Entry entry = policy.ownedBy(entryId, userId);
        Set<Long> own = attachments.findByEntryIdOrderById(entryId).stream()
                .map(EntryParts.Attachment::id)
                .collect(Collectors.toSet());
        List<Long> files = request.fileIds().stream().distinct().toList();
        for (int i = 0; i < files.size(); i++) {
            if (!own.contains(files.get(i))) {
                String detail = "File " + files.get(i) + " is not one of this entry's files.";
                throw new ProblemException.Invalid(detail, List.of(new FieldError("fileIds[" + i + "]", detail)));
            }
        }
        Set<Field> fields = request.fields().isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(request.fields());
        // Files only travel with FILES: a list of ids without it would share nothing, so keep none.
        List<Long> kept = fields.contains(Field.FILES) ? files : List.of();
        Row previous = rows.findById(entryId).orElse(null);
        Row row = new Row(
                entryId,
                request.shared(),
                fields.stream().map(Enum::name).collect(Collectors.joining(",")),
                kept.stream().map(String::valueOf).collect(Collectors.joining(",")),
                clock.instant());
        if (previous != null) {
            rows.update(row);
        } else {
            rows.save(row);
        }
        ShareView before = view(entryId, previous, true);
        ShareView after = view(entryId, row, true);
        if (!before.equals(after)) {
            chosen.publishEvent(
                    new InvestorShareChosen(userId, entry.getProgramId(), entryId, entry.getStatus(), before, after));
        }
        return after;
    }

    /** The choices of those of these entries whose owners share them, in one query. */
    Map<Long, Row> shared(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return rows.findByEntryIdInAndShared(entryIds, true).stream().collect(Collectors.toMap(Row::entryId, r -> r));
    }

    private static ShareView view(long entryId, Row row, boolean canChange) {
        if (row == null) {
            return new ShareView(entryId, false, List.of(), List.of(), canChange);
        }
        return new ShareView(entryId, row.shared(), List.copyOf(row.fieldSet()), row.fileIdList(), canChange);
    }
}
