package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.laurel.entries.EntryParts.Attachment;
import org.laurel.entries.EntryParts.Event;
import org.laurel.entries.EntryViews.Applicant;
import org.laurel.entries.EntryViews.AttachmentView;
import org.laurel.entries.EntryViews.EntrySummary;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.EntryViews.ScreeningRow;
import org.laurel.entries.EntryViews.TimelineItem;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.notifications.NotificationKind;
import org.laurel.notifications.Notifier;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramStatus;
import org.laurel.programs.ProgramView;
import org.laurel.shared.FieldError;
import org.laurel.shared.PageView;
import org.laurel.shared.ProblemException;
import org.laurel.shared.RequestChecks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entries: the applicant's side (start, save, submit, withdraw, attach files) and the
 * organizer's screening. Who may do what is decided by the named predicates at the bottom.
 */
@Singleton
public class EntryService {

    private final EntryRepositories.Entries entries;
    private final EntryRepositories.Events events;
    private final EntryRepositories.Attachments attachments;
    private final AttachmentStore store;
    private final ProgramService programs;
    private final IdentityService identity;
    private final JsonMapper json;
    private final Clock clock;
    private final List<EntryAccess> extraReaders;
    private final RequestChecks checks;
    private final Notifier notifier;

    EntryService(EntryRepositories.Entries entries, EntryRepositories.Events events,
                 EntryRepositories.Attachments attachments, AttachmentStore store, ProgramService programs,
                 IdentityService identity, JsonMapper json, Clock clock, List<EntryAccess> extraReaders,
                 RequestChecks checks, Notifier notifier) {
        this.checks = checks;
        this.notifier = notifier;
        this.extraReaders = extraReaders;
        this.entries = entries;
        this.events = events;
        this.attachments = attachments;
        this.store = store;
        this.programs = programs;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
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
        apply(entry, request, program, deadline, Set.of());
        entry = entries.save(entry);
        record(entry, "CREATED", applicantId, null);
        return view(entry, program);
    }

    @Transactional
    public EntryView update(long entryId, SaveEntryRequest request, long userId, Instant arrivedAt) {
        Entry entry = ownedBy(entryId, userId);
        ProgramView program = programs.find(entry.getProgramId());
        Deadline deadline = Deadline.of(program, arrivedAt);
        entry.requireEditable("edit", deadline);
        apply(entry, request, program, deadline, attachedKeys(entryId));
        entry = save(entry);
        if (entry.getStatus() == EntryStatus.SUBMITTED) {
            record(entry, "UPDATED", userId, null);
        }
        return view(entry, program);
    }

    @Transactional
    public EntryView submit(long entryId, long userId, Instant arrivedAt) {
        Entry entry = ownedBy(entryId, userId);
        ProgramView program = programs.find(entry.getProgramId());
        Deadline deadline = Deadline.of(program, arrivedAt);
        entry.requireEditable("submit", deadline);
        requireComplete(entry, program, attachedKeys(entryId));
        if (entry.submit(deadline)) {
            entry = save(entry);
            record(entry, "SUBMITTED", userId, null);
            notifier.notify(entry.getApplicantId(), NotificationKind.ENTRY_SUBMITTED, Map.of(
                    "entryTitle", entry.getTitle(), "programTitle", program.title(), "link", linkTo(entry)));
        }
        return view(entry, program);
    }

    @Transactional
    public EntryView withdraw(long entryId, long userId) {
        Entry entry = ownedBy(entryId, userId);
        entry.withdraw(clock.instant());
        entry = save(entry);
        record(entry, "WITHDRAWN", userId, null);
        return view(entry, programs.find(entry.getProgramId()));
    }

    public List<EntrySummary> mine(long applicantId) {
        List<Entry> list = entries.findByApplicantIdOrderByUpdatedAtDesc(applicantId);
        Map<Long, ProgramView> byProgram = programs.findAll(list.stream().map(Entry::getProgramId).collect(Collectors.toSet()));
        Instant now = clock.instant();
        return list.stream().map(e -> {
            ProgramView p = byProgram.get(e.getProgramId());
            return new EntrySummary(e.getId(), p.id(), p.title(), p.slug(), e.getCategoryId(), categoryName(p, e.getCategoryId()),
                    e.getTitle(), e.getStatus(), e.getUpdatedAt(), e.getSubmittedAt(), p.submissionClosesAt(),
                    e.isEditable(Deadline.of(p, now)));
        }).toList();
    }

    public EntryView get(long entryId, long userId) {
        Entry entry = readableBy(entryId, userId);
        return view(entry, programs.find(entry.getProgramId()));
    }

    // ---- attachments --------------------------------------------------------------------

    @Transactional
    public AttachmentView attach(long entryId, @Nullable String fieldKey, String originalName, InputStream content,
                                 long userId, Instant arrivedAt) {
        Entry entry = ownedBy(entryId, userId);
        ProgramView program = programs.find(entry.getProgramId());
        entry.requireEditable("attach files to", Deadline.of(program, arrivedAt));
        if (fieldKey != null && program.formFields().stream()
                .noneMatch(f -> f.key().equals(fieldKey) && f.type() == org.laurel.programs.FieldType.FILE)) {
            throw new ProblemException.Invalid("fieldKey is not a file field of this program's form",
                    List.of(new FieldError("fieldKey", "is not a file field of this form")));
        }
        AttachmentStore.Stored stored = store.store(content);
        try {
            Attachment saved = attachments.save(new Attachment(null, entryId, fieldKey, FileSniffer.displayName(originalName, stored.kind()),
                    stored.kind().contentType(), stored.size(), stored.sha256(), stored.storageName(), clock.instant()));
            record(entry, "FILE_ADDED", userId, saved.fileName());
            return view(saved);
        } catch (RuntimeException e) {
            store.delete(stored.storageName()); // no row, no file
            throw e;
        }
    }

    @Transactional
    public void detach(long entryId, long attachmentId, long userId, Instant arrivedAt) {
        Entry entry = ownedBy(entryId, userId);
        ProgramView program = programs.find(entry.getProgramId());
        entry.requireEditable("remove files from", Deadline.of(program, arrivedAt));
        Attachment attachment = attachmentOf(entryId, attachmentId);
        if (entry.getStatus() == EntryStatus.SUBMITTED) {
            Set<String> remaining = attachments.findByEntryIdOrderById(entryId).stream()
                    .filter(a -> !a.id().equals(attachmentId) && a.fieldKey() != null)
                    .map(Attachment::fieldKey).collect(Collectors.toSet());
            requireComplete(entry, program, remaining);
        }
        attachments.delete(attachment);
        record(entry, "FILE_REMOVED", userId, attachment.fileName());
        store.delete(attachment.storageName());
    }

    public record Download(Path path, String fileName, String contentType, long size) {
    }

    /**
     * The applicant and the program's organizers get every file under its own name; a judge gets
     * what {@link BlindFiles} leaves them (nothing identifying, and neutral names, in blind rounds).
     */
    public Download download(long entryId, long attachmentId, long userId) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
        EntryAccess.Sight sight = sightOf(entry, userId);
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
        return new Download(store.path(a.storageName()), name, a.contentType(), a.sizeBytes());
    }

    /**
     * How much of the entry this person may see: all of it for its applicant and (once submitted)
     * its program's organizers; otherwise what other modules grant (judges), the most cautious
     * grant winning when several apply.
     */
    private EntryAccess.Sight sightOf(Entry entry, long userId) {
        if (seesEverything(entry, userId)) {
            return EntryAccess.Sight.OPEN;
        }
        if (entry.getStatus() == EntryStatus.DRAFT) {
            return EntryAccess.Sight.NONE;
        }
        EntryAccess.Sight sight = EntryAccess.Sight.NONE;
        for (EntryAccess grant : extraReaders) {
            EntryAccess.Sight s = grant.sight(entry.getId(), userId);
            if (s == EntryAccess.Sight.BLIND) {
                return s;
            }
            if (s == EntryAccess.Sight.OPEN) {
                sight = s;
            }
        }
        return sight;
    }

    /**
     * The one rule for an entry id that another module's request names (a conflict, an
     * assignment): it must be a submitted entry of that program. Anything else, including ids
     * that never existed, is 404, so the answer tells nothing about other programs.
     */
    public EntryFacts requireOfProgram(long programId, long entryId) {
        return entries.findById(entryId)
                .filter(e -> e.getProgramId() == programId && e.getStatus() != EntryStatus.DRAFT)
                .map(this::facts)
                .orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
    }

    /** Organizers of the entry's program (once submitted) may read its audit trail. */
    public void requireOrganizerOf(long entryId, long userId) {
        organizedBy(entryId, userId);
    }

    // ---- judging ------------------------------------------------------------------------

    /** The entries a first round takes: the program's eligible ones. */
    public List<EntryFacts> eligible(long programId) {
        return entries.findByProgramIdAndStatus(programId, EntryStatus.ELIGIBLE).stream().map(this::facts).toList();
    }

    /** Entry titles by id, in one light query. */
    public Map<Long, String> titles(java.util.Collection<Long> entryIds) {
        Map<Long, String> titles = new HashMap<>();
        if (!entryIds.isEmpty()) {
            entries.queryByIdIn(entryIds).forEach(t -> titles.put(t.id(), t.title()));
        }
        return titles;
    }

    /** Titles of every entry of a program (a round's entries all belong to one), by one indexed query. */
    public Map<Long, String> titlesIn(long programId) {
        Map<Long, String> titles = new HashMap<>();
        entries.queryByProgramId(programId).forEach(t -> titles.put(t.id(), t.title()));
        return titles;
    }

    /** The entries that still compete for prizes (not withdrawn, not ruled ineligible since). */
    public Set<Long> competing(java.util.Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Set.of();
        }
        return entries.findByIdIn(entryIds).stream().filter(e -> e.getStatus() == EntryStatus.ELIGIBLE
                || e.getStatus() == EntryStatus.AWARDED || e.getStatus() == EntryStatus.NOT_AWARDED)
                .map(Entry::getId).collect(Collectors.toSet());
    }

    public List<EntryFacts> facts(java.util.Collection<Long> entryIds) {
        return entryIds.isEmpty() ? List.of() : entries.findByIdIn(entryIds).stream().map(this::facts).toList();
    }

    private EntryFacts facts(Entry e) {
        return new EntryFacts(e.getId(), e.getProgramId(), e.getCategoryId(), e.getTitle(), e.getOrganization(),
                e.getApplicantId(), team(e).stream().map(TeamMember::email).filter(java.util.Objects::nonNull)
                .map(m -> m.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** The entry as a judge sees it; in blind rounds without anything that identifies the applicants. */
    public JudgeEntryView judgeView(long entryId, boolean blind) {
        Entry e = entries.findById(entryId).orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
        ProgramView program = programs.find(e.getProgramId());
        Map<String, Object> answers = answers(e);
        List<JudgeEntryView.LabelledAnswer> labelled = program.formFields().stream()
                .filter(f -> answers.containsKey(f.key()) && !(blind && BlindFiles.identifying(f)))
                .map(f -> new JudgeEntryView.LabelledAnswer(f.key(), f.label(), answers.get(f.key()))).toList();
        BlindFiles files = blind ? BlindFiles.of(program) : BlindFiles.NONE;
        return new JudgeEntryView(e.getId(), e.getProgramId(), e.getTitle(), e.getCategoryId(),
                categoryName(program, e.getCategoryId()), e.getSummary(), blind ? null : e.getOrganization(),
                blind ? null : team(e), labelled,
                attachments.findByEntryIdOrderById(entryId).stream().filter(a -> !files.hides(a))
                        .map(a -> view(a, files.name(a))).toList(), blind);
    }

    /** Records how entries fared in a finalized round (advanced or not), in a fixed number of statements. */
    @Transactional
    public void recordRoundOutcomes(Map<Long, Boolean> advanced, long roundId, String roundName, long actorId) {
        if (advanced.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Entry> list = entries.findByIdIn(advanced.keySet());
        list.forEach(e -> {
            e.setCurrentRoundId(roundId);
            e.setUpdatedAt(now);
        });
        entries.updateAll(list);
        events.saveAll(list.stream().map(e -> new Event(null, e.getId(), now,
                advanced.get(e.getId()) ? "ADVANCED" : "NOT_ADVANCED", actorId, roundName)).toList());
        Map<Long, ProgramView> byProgram = programs.findAll(list.stream().map(Entry::getProgramId).collect(Collectors.toSet()));
        notifier.notifyEach(list.stream().map(e -> new Notifier.Notice(e.getApplicantId(), NotificationKind.ROUND_OUTCOME, Map.of(
                "entryTitle", e.getTitle(), "programTitle", byProgram.get(e.getProgramId()).title(), "roundName", roundName,
                "advanced", String.valueOf(advanced.get(e.getId())), "link", linkTo(e)))).toList());
    }

    // ---- organizer ------------------------------------------------------------------------

    public PageView<ScreeningRow> screen(long programId, long organizerId, @Nullable EntryStatus status,
                                         @Nullable Long categoryId, @Nullable String q, Pageable pageable) {
        PageView<ExportRow> page = exportRows(programId, organizerId, status, categoryId, q, pageable);
        return new PageView<>(page.items().stream().map(ExportRow::row).toList(), page.total());
    }

    /** A screening row with the entry's team and answers, for exports. */
    record ExportRow(ScreeningRow row, List<TeamMember> team, Map<String, Object> answers) {
    }

    PageView<ExportRow> exportRows(long programId, long organizerId, @Nullable EntryStatus status,
                                   @Nullable Long categoryId, @Nullable String q, Pageable pageable) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        if (status == EntryStatus.DRAFT) {
            throw new ProblemException.Invalid("Drafts are private to their applicants",
                    List.of(new FieldError("status", "drafts are not shown to organizers")));
        }
        String pattern = q == null || q.isBlank() ? null
                : "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Page<Entry> page = entries.screen(programId, status == null ? null : status.name(), categoryId, pattern, pageable);
        List<Entry> rows = page.getContent();
        Map<Long, UserView> people = identity.getAll(rows.stream().map(Entry::getApplicantId).collect(Collectors.toSet()));
        Map<Long, Long> fileCounts = rows.isEmpty() ? Map.of() : attachments.findByEntryIdIn(rows.stream().map(Entry::getId).toList())
                .stream().collect(Collectors.groupingBy(Attachment::entryId, Collectors.counting()));
        List<ExportRow> items = rows.stream().map(e -> new ExportRow(new ScreeningRow(e.getId(), e.getTitle(), e.getCategoryId(),
                categoryName(program, e.getCategoryId()), e.getOrganization(), e.getStatus(), e.getEligibilityReason(),
                applicant(people.get(e.getApplicantId()), e.getApplicantId()), e.getSubmittedAt(), e.getUpdatedAt(),
                fileCounts.getOrDefault(e.getId(), 0L).intValue()), team(e), answers(e))).toList();
        return new PageView<>(items, page.getTotalSize());
    }

    @Transactional
    public EntryView decide(long entryId, EligibilityRequest request, long organizerId) {
        Entry entry = organizedBy(entryId, organizerId);
        ProgramView program = programs.find(entry.getProgramId());
        decide(entry, program, request.eligible(), request.reason(), organizerId).ifPresent(n -> notifier.notify(n.userId(), n.kind(), n.params()));
        return view(entry, program);
    }

    /** Each entry is decided on its own: one that cannot be decided is reported, the others still are. */
    @Transactional
    public List<EntryViews.BulkOutcome> decideMany(long programId, BulkEligibilityRequest request, long organizerId) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        List<Notifier.Notice> notices = new ArrayList<>();
        Map<Long, Entry> found = entries.findByIdIn(request.entryIds()).stream()
                .filter(e -> e.getProgramId() == programId)
                .collect(Collectors.toMap(Entry::getId, e -> e));
        List<EntryViews.BulkOutcome> outcomes = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(request.entryIds())) {
            Entry entry = found.get(id);
            if (entry == null || entry.getStatus() == EntryStatus.DRAFT) {
                outcomes.add(new EntryViews.BulkOutcome(id, false, null, "no such entry in this program"));
                continue;
            }
            try {
                decide(entry, program, request.eligible(), request.reason(), organizerId).ifPresent(notices::add);
                outcomes.add(new EntryViews.BulkOutcome(id, true, entry.getStatus(), null));
            } catch (ProblemException e) {
                outcomes.add(new EntryViews.BulkOutcome(id, false, entry.getStatus(), e.detail()));
            }
        }
        notifier.notifyEach(notices);
        return outcomes;
    }

    /**
     * Decides one entry; returns the notice for its applicant when there is news for them: a new
     * status, or a new reason for finding it ineligible (an eligible entry's note is internal).
     */
    private Optional<Notifier.Notice> decide(Entry entry, ProgramView program, boolean eligible, @Nullable String reason,
                                             long organizerId) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!eligible && why == null) {
            throw new ProblemException.Invalid("A reason is required when an entry is ineligible",
                    List.of(new FieldError("reason", "is required when the entry is ineligible")));
        }
        EntryStatus before = entry.getStatus();
        if (!entry.decideEligibility(eligible, why, clock.instant())) {
            return Optional.empty();
        }
        Entry saved = save(entry);
        entry.setVersion(saved.getVersion());
        record(entry, eligible ? "ELIGIBLE" : "INELIGIBLE", organizerId, why);
        if (before == entry.getStatus() && eligible) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>(Map.of("entryTitle", entry.getTitle(), "programTitle", program.title(),
                "eligible", String.valueOf(eligible), "link", linkTo(entry)));
        if (why != null && !eligible) {
            params.put("reason", why);
        }
        return Optional.of(new Notifier.Notice(entry.getApplicantId(), NotificationKind.ELIGIBILITY_DECIDED, params));
    }

    // ---- rules --------------------------------------------------------------------------

    /** Copies the request onto the entry, checking its shape, and its completeness once submitted. */
    private void apply(Entry entry, SaveEntryRequest r, ProgramView program, Deadline deadline, Set<String> attachedKeys) {
        List<FieldError> errors = new ArrayList<>(checks.check(r)); // shape and form answers, reported together
        if (r.categoryId() != null && !program.hasCategory(r.categoryId())) {
            errors.add(new FieldError("categoryId", "is not a category of this program"));
        }
        FormValidator.Result form = FormValidator.check(program.formFields(), r.answers(), false, attachedKeys);
        errors.addAll(form.errors());
        if (!errors.isEmpty()) {
            throw new EntryProblems.Incomplete(errors);
        }
        List<TeamMember> team = r.team() == null ? List.of() : r.team().stream()
                .map(m -> new TeamMember(m.name().strip(), blank(m.email()), blank(m.role()))).toList();
        entry.edit(r.title().strip(), r.categoryId(), r.summary() == null ? "" : r.summary().strip(),
                blank(r.organization()), write(team), write(form.answers()), deadline);
        if (entry.getStatus() == EntryStatus.SUBMITTED) {
            requireComplete(entry, program, attachedKeys);
        }
    }

    /** What a submission needs beyond a valid draft; every gap is reported at once. */
    private void requireComplete(Entry entry, ProgramView program, Set<String> attachedKeys) {
        List<FieldError> errors = new ArrayList<>();
        if (!program.categories().isEmpty() && entry.getCategoryId() == null) {
            errors.add(new FieldError("categoryId", "choose a category"));
        }
        if (entry.getSummary() == null || entry.getSummary().isBlank()) {
            errors.add(new FieldError("summary", "is required"));
        }
        errors.addAll(FormValidator.check(program.formFields(), answers(entry), true, attachedKeys).errors());
        if (!errors.isEmpty()) {
            throw new EntryProblems.Incomplete(errors);
        }
    }

    /** Only the applicant acts on their entry; organizers get 403, anybody else 404. */
    private Entry ownedBy(long entryId, long userId) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
        if (entry.getApplicantId() == userId) {
            return entry;
        }
        if (entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId)) {
            throw new ProblemException.Forbidden("not-entry-owner", "Only the applicant can change entry " + entryId + ".");
        }
        throw new EntryProblems.EntryNotFound(entryId);
    }

    /** Anybody else gets 404. */
    private Entry readableBy(long entryId, long userId) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
        if (seesEverything(entry, userId)) {
            return entry;
        }
        throw new EntryProblems.EntryNotFound(entryId);
    }

    /** The applicant, or an organizer of the program once the entry is no longer a draft. */
    private boolean seesEverything(Entry entry, long userId) {
        return entry.getApplicantId() == userId
                || entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId);
    }

    /** Screening decisions: organizers of the program; the applicant gets 403, anybody else 404. */
    private Entry organizedBy(long entryId, long userId) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
        if (entry.getStatus() != EntryStatus.DRAFT && programs.isOrganizer(entry.getProgramId(), userId)) {
            return entry;
        }
        if (entry.getApplicantId() == userId) {
            throw new ProblemException.Forbidden("not-program-organizer", "Only organizers screen entries.");
        }
        throw new EntryProblems.EntryNotFound(entryId);
    }

    // ---- results ------------------------------------------------------------------------

    /**
     * Publishing winners: every entry of the program that competed becomes AWARDED (with its
     * tier, noted on its timeline) or NOT_AWARDED. A correction re-applies the whole list.
     */
    @Transactional
    public List<EntryViews.AwardChange> recordAwards(long programId, Map<Long, String> tierByWinner, long actorId) {
        Instant now = clock.instant();
        List<Entry> competed = entries.findByProgramIdAndStatusIn(programId,
                List.of(EntryStatus.ELIGIBLE, EntryStatus.AWARDED, EntryStatus.NOT_AWARDED));
        List<EntryViews.AwardChange> changes = new ArrayList<>();
        List<Event> timeline = new ArrayList<>();
        for (Entry e : competed) {
            String tier = tierByWinner.get(e.getId());
            boolean changed = e.award(tier != null, now);
            changes.add(new EntryViews.AwardChange(e.getId(), e.getApplicantId(), e.getTitle(), tier != null, tier, changed));
            timeline.add(new Event(null, e.getId(), now, tier != null ? "AWARDED" : "NOT_AWARDED", actorId, tier));
        }
        entries.updateAll(competed);
        events.saveAll(timeline);
        return changes;
    }

    /** The applicant's own entry (404 for anyone else, organizers included: outcomes are personal). */
    public EntryView getOwn(long entryId, long applicantId) {
        Entry entry = entries.findById(entryId).filter(e -> e.getApplicantId() == applicantId)
                .orElseThrow(() -> new EntryProblems.EntryNotFound(entryId));
        return view(entry, programs.find(entry.getProgramId()));
    }

    // ---- plumbing -----------------------------------------------------------------------

    private Entry save(Entry entry) {
        try {
            return entries.update(entry);
        } catch (OptimisticLockException e) {
            throw new EntryProblems.ConcurrentEdit();
        }
    }

    private void record(Entry entry, String type, long actorId, @Nullable String note) {
        events.save(new Event(null, entry.getId(), clock.instant(), type, actorId, note));
    }

    /** Where an applicant sees their entry in the app. */
    private static String linkTo(Entry entry) {
        return "/my/entries/" + entry.getId();
    }

    private Set<String> attachedKeys(long entryId) {
        return attachments.findByEntryIdOrderById(entryId).stream().map(Attachment::fieldKey)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private Attachment attachmentOf(long entryId, long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.entryId() == entryId)
                .orElseThrow(() -> new EntryProblems.AttachmentNotFound(attachmentId));
    }

    private EntryView view(Entry e, ProgramView program) {
        UserView who = identity.get(e.getApplicantId());
        return new EntryView(e.getId(), program.id(), program.title(), program.slug(), e.getCategoryId(), e.getTitle(),
                e.getSummary(), e.getOrganization(), team(e), answers(e), e.getStatus(), e.getCurrentRoundId(),
                e.getEligibilityReason(), e.getCreatedAt(), e.getUpdatedAt(), e.getSubmittedAt(),
                program.submissionClosesAt(), e.isEditable(Deadline.of(program, clock.instant())), applicant(who, who.id()),
                attachments.findByEntryIdOrderById(e.getId()).stream().map(EntryService::view).toList(),
                events.findByEntryIdOrderById(e.getId()).stream().map(ev -> new TimelineItem(ev.at(), ev.type(), ev.note())).toList());
    }

    private static AttachmentView view(Attachment a) {
        return view(a, a.fileName());
    }

    private static AttachmentView view(Attachment a, String shownName) {
        return new AttachmentView(a.id(), a.fieldKey(), shownName, a.contentType(), a.sizeBytes(), a.sha256(), a.createdAt());
    }

    private static Applicant applicant(@Nullable UserView u, long id) {
        return u == null ? new Applicant(id, "?", "?") : new Applicant(u.id(), u.displayName(), u.email());
    }

    private static String categoryName(ProgramView p, @Nullable Long categoryId) {
        return p.categoryName(categoryId);
    }

    private List<TeamMember> team(Entry e) {
        return read(e.getTeamJson(), Argument.listOf(TeamMember.class));
    }

    private Map<String, Object> answers(Entry e) {
        return read(e.getAnswersJson(), Argument.mapOf(String.class, Object.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
