package org.laurel.entries;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.EntryEvents.EntryCreated;
import org.laurel.entries.EntryEvents.EntryFileChanged;
import org.laurel.entries.EntryEvents.EntrySubmitted;
import org.laurel.entries.EntryEvents.EntryUpdated;
import org.laurel.entries.EntryEvents.EntryWithdrawn;
import org.laurel.entries.EntryParts.Attachment;
import org.laurel.entries.EntryParts.TimelineStep;
import org.laurel.entries.EntryViews.AttachmentView;
import org.laurel.entries.EntryViews.EntrySummary;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramStatus;
import org.laurel.programs.ProgramView;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entries, the applicant's side: start, save, submit, withdraw, attach files, read their own.
 * Who may do what is {@link EntryPolicy}'s; screening is {@link ScreeningService}'s; what other
 * modules read is {@link EntryDirectory}'s. Each change is announced as one of the
 * {@link EntryEvents} (the audit trail records it, notifications react) and noted on the
 * entry's timeline.
 */
@Singleton
public class EntryService {

    private static final Logger LOG = LoggerFactory.getLogger(EntryService.class);

    private final EntryRepositories.Entries entries;
    private final EntryRepositories.Timeline timeline;
    private final EntryRepositories.Attachments attachments;
    private final AttachmentStore store;
    private final ProgramService programs;
    private final EntryPolicy policy;
    private final EntryForm form;
    private final EntryViewer viewer;
    private final Clock clock;
    private final ApplicationEventPublisher<EntryCreated> created;
    private final ApplicationEventPublisher<EntryUpdated> updated;
    private final ApplicationEventPublisher<EntrySubmitted> submitted;
    private final ApplicationEventPublisher<EntryWithdrawn> withdrawn;
    private final ApplicationEventPublisher<EntryFileChanged> fileChanged;
    private final ApplicationEventPublisher<AttachmentStore.Released> fileRemoved;

    EntryService(
            EntryRepositories.Entries entries,
            EntryRepositories.Timeline timeline,
            EntryRepositories.Attachments attachments,
            AttachmentStore store,
            ProgramService programs,
            EntryPolicy policy,
            EntryForm form,
            EntryViewer viewer,
            Clock clock,
            ApplicationEventPublisher<EntryCreated> created,
            ApplicationEventPublisher<EntryUpdated> updated,
            ApplicationEventPublisher<EntrySubmitted> submitted,
            ApplicationEventPublisher<EntryWithdrawn> withdrawn,
            ApplicationEventPublisher<EntryFileChanged> fileChanged,
            ApplicationEventPublisher<AttachmentStore.Released> fileRemoved) {
        this.entries = entries;
        this.timeline = timeline;
        this.attachments = attachments;
        this.store = store;
        this.programs = programs;
        this.policy = policy;
        this.form = form;
        this.viewer = viewer;
        this.clock = clock;
        this.created = created;
        this.updated = updated;
        this.submitted = submitted;
        this.withdrawn = withdrawn;
        this.fileChanged = fileChanged;
        this.fileRemoved = fileRemoved;
    }

    // ---- applicant ----------------------------------------------------------------------

    @Transactional
    public EntryView create(long programId, SaveEntryRequest request, long applicantId, Instant arrivedAt) {
        ProgramView program = programs.find(programId);
        if (program.status() != ProgramStatus.PUBLISHED) {
            throw new EntryProblems.ProgramNotPublished(programId);
        }
        Deadline deadline = Deadline.of(program, arrivedAt);
        deadline.requireOpen();
        Entry entry = Entry.start(programId, applicantId, arrivedAt);
        form.apply(entry, request, program, deadline, Set.of());
        entry = entries.save(entry);
        record(entry, "CREATED", applicantId, null);
        created.publishEvent(new EntryCreated(applicantId, programId, entry.getId(), entry.getTitle()));
        return viewer.view(entry, program, applicantId);
    }

    @Transactional
    public EntryView update(long entryId, SaveEntryRequest request, long userId, Instant arrivedAt) {
        Entry entry = policy.editableBy(entryId, userId);
        ProgramView program = programs.find(entry.getProgramId());
        Deadline deadline = Deadline.of(program, arrivedAt);
        entry.requireEditable("edit", deadline);
        form.apply(entry, request, program, deadline, attachedKeys(entryId));
        entry = save(entry);
        if (entry.getStatus() == EntryStatus.SUBMITTED) {
            record(entry, "UPDATED", userId, null);
            updated.publishEvent(new EntryUpdated(userId, entry.getProgramId(), entryId, entry.getTitle()));
        }
        return viewer.view(entry, program, userId);
    }

    @Transactional
    public EntryView submit(long entryId, long userId, Instant arrivedAt) {
        Entry entry = policy.ownedBy(entryId, userId);
        ProgramView program = programs.find(entry.getProgramId());
        Deadline deadline = Deadline.of(program, arrivedAt);
        entry.requireEditable("submit", deadline);
        form.requireComplete(entry, program, attachedKeys(entryId));
        if (entry.submit(deadline)) {
            entry = save(entry);
            record(entry, "SUBMITTED", userId, null);
            submitted.publishEvent(
                    new EntrySubmitted(entry.getApplicantId(), entry.getProgramId(), entryId, entry.getTitle()));
        }
        return viewer.view(entry, program, userId);
    }

    @Transactional
    public EntryView withdraw(long entryId, long userId) {
        Entry entry = policy.ownedBy(entryId, userId);
        EntryStatus from = entry.getStatus();
        entry.withdraw(clock.instant());
        entry = save(entry);
        record(entry, "WITHDRAWN", userId, null);
        withdrawn.publishEvent(new EntryWithdrawn(userId, entry.getProgramId(), entryId, from));
        return viewer.view(entry, programs.find(entry.getProgramId()), userId);
    }

    public List<EntrySummary> mine(long applicantId) {
        List<Entry> list = entries.findOnTeamOf(applicantId);
        Map<Long, ProgramView> byProgram =
                programs.findAll(list.stream().map(Entry::getProgramId).collect(Collectors.toSet()));
        Instant now = clock.instant();
        return list.stream()
                .map(e -> {
                    ProgramView p = byProgram.get(e.getProgramId());
                    return new EntrySummary(
                            e.getId(),
                            p.id(),
                            p.title(),
                            p.slug(),
                            e.getCategoryId(),
                            p.categoryName(e.getCategoryId()),
                            e.getTitle(),
                            e.getStatus(),
                            e.getUpdatedAt(),
                            e.getSubmittedAt(),
                            p.submissionClosesAt(),
                            e.isEditable(Deadline.of(p, now)),
                            e.getApplicantId() == applicantId ? TeamRole.OWNER : TeamRole.MEMBER);
                })
                .toList();
    }

    public EntryView get(long entryId, long userId) {
        Entry entry = policy.readableBy(entryId, userId);
        return viewer.view(entry, programs.find(entry.getProgramId()), userId);
    }

    // ---- attachments --------------------------------------------------------------------

    @Transactional
    public AttachmentView attach(
            long entryId,
            @Nullable String fieldKey,
            String originalName,
            InputStream content,
            long userId,
            Instant arrivedAt) {
        Entry entry = policy.editableBy(entryId, userId);
        ProgramView program = programs.find(entry.getProgramId());
        entry.requireEditable("attach files to", Deadline.of(program, arrivedAt));
        if (fieldKey != null
                && program.formFields().stream()
                        .noneMatch(f -> f.key().equals(fieldKey) && f.type() == org.laurel.programs.FieldType.FILE)) {
            throw new ProblemException.Invalid(
                    "fieldKey is not a file field of this program's form",
                    List.of(new FieldError("fieldKey", "is not a file field of this form")));
        }
        AttachmentStore.Stored stored = store.store(content);
        try {
            Attachment saved = attachments.save(new Attachment(
                    null,
                    entryId,
                    fieldKey,
                    FileSniffer.displayName(originalName, stored.kind()),
                    stored.kind().contentType(),
                    stored.size(),
                    stored.sha256(),
                    stored.storageName(),
                    clock.instant()));
            record(entry, "FILE_ADDED", userId, saved.fileName());
            fileChanged.publishEvent(new EntryFileChanged(
                    userId, entry.getProgramId(), entryId, entry.getStatus(), true, saved.fileName()));
            return EntryViewer.view(saved);
        } catch (RuntimeException e) {
            store.delete(stored.storageName()); // no row, no file
            throw e;
        }
    }

    @Transactional
    public void detach(long entryId, long attachmentId, long userId, Instant arrivedAt) {
        Entry entry = policy.editableBy(entryId, userId);
        ProgramView program = programs.find(entry.getProgramId());
        entry.requireEditable("remove files from", Deadline.of(program, arrivedAt));
        Attachment attachment = attachmentOf(entryId, attachmentId);
        if (entry.getStatus() == EntryStatus.SUBMITTED) {
            Set<String> remaining = attachments.findByEntryIdOrderById(entryId).stream()
                    .filter(a -> !a.id().equals(attachmentId) && a.fieldKey() != null)
                    .map(Attachment::fieldKey)
                    .collect(Collectors.toSet());
            form.requireComplete(entry, program, remaining);
        }
        attachments.delete(attachment);
        record(entry, "FILE_REMOVED", userId, attachment.fileName());
        fileChanged.publishEvent(new EntryFileChanged(
                userId, entry.getProgramId(), entryId, entry.getStatus(), false, attachment.fileName()));
        // The object goes once the row's removal is committed: a rolled-back removal keeps its file.
        fileRemoved.publishEvent(new AttachmentStore.Released(attachment.storageName()));
    }

    /** What to send for a download; {@link #open()} streams the bytes from the store. */
    public record Download(String fileName, String contentType, long size, Content content) {
        public InputStream open() {
            return content.open();
        }
    }

    /** Opens a stored file's bytes for streaming. */
    @FunctionalInterface
    public interface Content {
        InputStream open();
    }

    /**
     * The applicant and the program's organizers get every file under its own name; a judge gets
     * what {@link BlindFiles} leaves them (nothing identifying, and neutral names, in blind rounds).
     */
    public Download download(long entryId, long attachmentId, long userId) {
        Entry entry = policy.find(entryId);
        EntryAccess.Sight sight = policy.sightOf(entry, userId);
        if (sight == EntryAccess.Sight.NONE) {
            throw new EntryProblems.EntryNotFound(entryId);
        }
        Attachment a = attachmentOf(entryId, attachmentId);
        String name = a.fileName();
        if (sight == EntryAccess.Sight.BLIND) {
            BlindFiles blind = BlindFiles.of(programs.find(entry.getProgramId()));
            if (blind.hides(a)) {
                throw new EntryProblems.AttachmentNotFound(attachmentId); // as if it did not exist
            }
            name = blind.name(a);
        }
        return stored(store, a, name);
    }

    /** A download of a stored attachment under {@code name}; its bytes are opened by whoever serves it. */
    static Download stored(AttachmentStore store, Attachment a, String name) {
        return new Download(name, a.contentType(), a.sizeBytes(), () -> {
            try {
                return store.open(a.storageName());
            } catch (org.laurel.storage.ObjectStore.Missing e) {
                // A row whose object is gone: a restore without its files, or a store emptied by hand.
                LOG.error(
                        "Attachment {} of entry {} has no object {} in storage", a.id(), a.entryId(), a.storageName());
                throw new EntryProblems.AttachmentNotFound(a.id());
            }
        });
    }

    /** The applicant's own entry (404 for anyone else, organizers included: outcomes are personal). */
    public EntryView getOwn(long entryId, long applicantId) {
        Entry entry = policy.ownOnly(entryId, applicantId);
        return viewer.view(entry, programs.find(entry.getProgramId()), applicantId);
    }

    /** Organizers of the entry's program (once submitted) may read its audit trail. */
    public void requireOrganizerOf(long entryId, long userId) {
        policy.organizedBy(entryId, userId);
    }

    // ---- plumbing -----------------------------------------------------------------------

    Entry save(Entry entry) {
        try {
            return entries.update(entry);
        } catch (OptimisticLockException e) {
            throw new EntryProblems.ConcurrentEdit();
        }
    }

    /** Saves many entries in one batch; any of them changed meanwhile fails them all. */
    List<Entry> saveAll(List<Entry> many) {
        try {
            List<Entry> saved = new java.util.ArrayList<>();
            entries.updateAll(many).forEach(saved::add);
            return saved;
        } catch (OptimisticLockException e) {
            throw new EntryProblems.ConcurrentEdit();
        }
    }

    /** A step on the entry's timeline, which its applicant reads. */
    private void record(Entry entry, String type, long actorId, @Nullable String note) {
        timeline.save(new TimelineStep(null, entry.getId(), clock.instant(), type, actorId, note));
    }

    private Set<String> attachedKeys(long entryId) {
        return attachments.findByEntryIdOrderById(entryId).stream()
                .map(Attachment::fieldKey)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private Attachment attachmentOf(long entryId, long attachmentId) {
        return attachments
                .findById(attachmentId)
                .filter(a -> a.entryId() == entryId)
                .orElseThrow(() -> new EntryProblems.AttachmentNotFound(attachmentId));
    }
}
