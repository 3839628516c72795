package org.laurel.entries;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.laurel.entries.EntryEvents.Decision;
import org.laurel.entries.EntryEvents.EligibilityDecided;
import org.laurel.entries.EntryParts.Attachment;
import org.laurel.entries.EntryParts.TimelineStep;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.entries.EntryViews.ScreeningRow;
import org.laurel.entries.SaveEntryRequest.TeamMember;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.shared.FieldError;
import org.laurel.shared.PageView;
import org.laurel.shared.ProblemException;

/**
 * Screening: the organizers' table of a program's submitted entries, and their eligibility
 * decisions, one or many at once. Each decision is announced as {@link EligibilityDecided}
 * (the audit trail records it, notifications tell the applicants).
 */
@Singleton
public class ScreeningService {

    private final EntryRepositories.Entries entries;
    private final EntryRepositories.Attachments attachments;
    private final EntryRepositories.Timeline timeline;
    private final EntryService applicantSide;
    private final EntryViewer viewer;
    private final EntryPolicy policy;
    private final ProgramService programs;
    private final IdentityService identity;
    private final EntryJson json;
    private final Clock clock;
    private final ApplicationEventPublisher<EligibilityDecided> decided;

    ScreeningService(
            EntryRepositories.Entries entries,
            EntryRepositories.Attachments attachments,
            EntryRepositories.Timeline timeline,
            EntryService applicantSide,
            EntryViewer viewer,
            EntryPolicy policy,
            ProgramService programs,
            IdentityService identity,
            EntryJson json,
            Clock clock,
            ApplicationEventPublisher<EligibilityDecided> decided) {
        this.entries = entries;
        this.attachments = attachments;
        this.timeline = timeline;
        this.applicantSide = applicantSide;
        this.viewer = viewer;
        this.policy = policy;
        this.programs = programs;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
        this.decided = decided;
    }

    public PageView<ScreeningRow> screen(
            long programId,
            long organizerId,
            @Nullable EntryStatus status,
            @Nullable Long categoryId,
            @Nullable String q,
            Pageable pageable) {
        PageView<ExportRow> page = exportRows(programId, organizerId, status, categoryId, q, pageable);
        return new PageView<>(page.items().stream().map(ExportRow::row).toList(), page.total());
    }

    /** A screening row with the entry's team and answers, for exports. */
    record ExportRow(ScreeningRow row, List<TeamMember> team, Map<String, Object> answers, List<Long> fileIds) {}

    PageView<ExportRow> exportRows(
            long programId,
            long organizerId,
            @Nullable EntryStatus status,
            @Nullable Long categoryId,
            @Nullable String q,
            Pageable pageable) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        refuseDrafts(status);
        String pattern = pattern(q);
        Page<Entry> page =
                entries.screen(programId, status == null ? null : status.name(), categoryId, pattern, pageable);
        List<Entry> rows = page.getContent();
        Map<Long, UserView> people =
                identity.getAll(rows.stream().map(Entry::getApplicantId).collect(Collectors.toSet()));
        // One query for the whole chunk's files, in upload order.
        Map<Long, List<Long>> files = rows.isEmpty()
                ? Map.of()
                : attachments.findByEntryIdIn(rows.stream().map(Entry::getId).toList()).stream()
                        .sorted(java.util.Comparator.comparing(Attachment::id))
                        .collect(Collectors.groupingBy(
                                Attachment::entryId, Collectors.mapping(Attachment::id, Collectors.toList())));
        List<ExportRow> items = rows.stream()
                .map(e -> new ExportRow(
                        new ScreeningRow(
                                e.getId(),
                                e.getTitle(),
                                e.getCategoryId(),
                                program.categoryName(e.getCategoryId()),
                                e.getOrganization(),
                                e.getStatus(),
                                e.getEligibilityReason(),
                                EntryViewer.applicant(people.get(e.getApplicantId()), e.getApplicantId()),
                                e.getSubmittedAt(),
                                e.getUpdatedAt(),
                                files.getOrDefault(e.getId(), List.of()).size()),
                        json.team(e),
                        json.answers(e),
                        files.getOrDefault(e.getId(), List.of())))
                .toList();
        return new PageView<>(items, page.getTotalSize());
    }

    /**
     * The screening tabs: how many entries of each status match the category and text filter, in
     * one grouped query; every screened status is listed, with 0 where none match.
     */
    public EntryViews.ScreeningCounts counts(
            long programId, long organizerId, @Nullable Long categoryId, @Nullable String q) {
        programs.requireOrganizer(programId, organizerId);
        Map<EntryStatus, Long> found = new EnumMap<>(EntryStatus.class);
        for (EntryRepositories.StatusCount c : entries.countByStatus(programId, categoryId, pattern(q))) {
            found.put(c.status(), c.total());
        }
        List<EntryViews.StatusCount> items = Arrays.stream(EntryStatus.values())
                .filter(s -> s != EntryStatus.DRAFT)
                .map(s -> new EntryViews.StatusCount(s, found.getOrDefault(s, 0L)))
                .toList();
        return new EntryViews.ScreeningCounts(
                items, items.stream().mapToLong(EntryViews.StatusCount::count).sum());
    }

    @Transactional
    public EntryView decide(long entryId, EligibilityRequest request, long organizerId) {
        Entry entry = policy.organizedBy(entryId, organizerId);
        ProgramView program = programs.find(entry.getProgramId());
        String why = requireReason(request.eligible(), request.reason());
        Optional<Decided> done = decide(entry, request.eligible(), why, organizerId);
        persist(done.stream().toList());
        announce(
                entry.getProgramId(),
                request.eligible(),
                why,
                organizerId,
                done.stream().toList());
        return viewer.view(entry, program);
    }

    /** Each entry is decided on its own: one that cannot be decided is reported, the others still are. */
    @Transactional
    public List<EntryViews.BulkOutcome> decideMany(long programId, BulkEligibilityRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        String why = requireReason(request.eligible(), request.reason());
        Map<Long, Entry> found = entries.findByIdIn(request.entryIds()).stream()
                .filter(e -> e.getProgramId() == programId && e.getStatus() != EntryStatus.DRAFT)
                .collect(Collectors.toMap(Entry::getId, e -> e));
        List<Entry> chosen = new ArrayList<>();
        List<EntryViews.BulkOutcome> missing = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(request.entryIds())) {
            Entry entry = found.get(id);
            if (entry == null) {
                missing.add(new EntryViews.BulkOutcome(id, false, null, "no such entry in this program", null));
            } else {
                chosen.add(entry);
            }
        }
        Batch batch = decideAll(chosen, request.eligible(), why, organizerId);
        persist(batch.done());
        announce(programId, request.eligible(), why, organizerId, batch.done());
        // In the order asked, unknown ids where they were.
        Map<Long, EntryViews.BulkOutcome> byId = new java.util.HashMap<>();
        batch.outcomes().forEach(o -> byId.put(o.entryId(), o));
        missing.forEach(o -> byId.put(o.entryId(), o));
        return new LinkedHashSet<>(request.entryIds()).stream().map(byId::get).toList();
    }

    /**
     * Preview of a decision on everything the filter matches: the state machine tries each entry
     * in memory and nothing is saved, so the organizer learns how many match, how many would
     * change and which would be refused, before confirming.
     */
    @Transactional(readOnly = true)
    public EntryViews.BulkReport previewMatching(long programId, MatchingEligibilityRequest request, long organizerId) {
        String why = requireReason(request.eligible(), request.reason());
        List<Entry> matching = matching(programId, request, organizerId);
        Batch batch = decideAll(matching, request.eligible(), why, organizerId);
        return batch.report(matching.size(), true);
    }

    /**
     * Decides everything the filter matches, in one transaction, provided the filter still matches
     * the {@code expectedCount} the organizer confirmed (409 otherwise: something arrived or changed
     * meanwhile). Every entry goes through the entry's state machine; the ones it refuses are reported.
     */
    @Transactional
    public EntryViews.BulkReport decideMatching(long programId, MatchingEligibilityRequest request, long organizerId) {
        if (request.expectedCount() == null) {
            throw new ProblemException.Invalid(
                    "Confirm how many entries the decision is for",
                    List.of(new FieldError(
                            "expectedCount", "is required: the number of matching entries the preview reported")));
        }
        String why = requireReason(request.eligible(), request.reason());
        List<Entry> matching = matching(programId, request, organizerId);
        if (matching.size() != request.expectedCount()) {
            throw new SelectionChanged(request.expectedCount(), matching.size());
        }
        Batch batch = decideAll(matching, request.eligible(), why, organizerId);
        persist(batch.done());
        announce(programId, request.eligible(), why, organizerId, batch.done());
        return batch.report(matching.size(), false);
    }

    /** The filter matched a different number of entries than the organizer confirmed. */
    static final class SelectionChanged extends ProblemException.Conflict {
        SelectionChanged(int expected, int now) {
            super(
                    "selection-changed",
                    "The matching entries changed",
                    "The filter now matches " + now + " entries, not the " + expected
                            + " you confirmed; nothing was changed. Check the list and confirm again.");
        }
    }

    private List<Entry> matching(long programId, MatchingEligibilityRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        refuseDrafts(request.status());
        return entries.screenAll(
                programId,
                request.status() == null ? null : request.status().name(),
                request.categoryId(),
                pattern(request.q()));
    }

    /** One entry the state machine changed: what to save, note on its timeline and announce. */
    private record Decided(Entry entry, Decision decision, TimelineStep step) {}

    /** What a bulk decision made of its entries. */
    private record Batch(List<Decided> done, List<EntryViews.BulkOutcome> outcomes) {

        EntryViews.BulkReport report(int matching, boolean refusalsOnly) {
            int refused = (int) outcomes.stream().filter(o -> !o.ok()).count();
            return new EntryViews.BulkReport(
                    matching,
                    done.size(),
                    outcomes.size() - refused - done.size(),
                    refused,
                    refusalsOnly ? outcomes.stream().filter(o -> !o.ok()).toList() : outcomes);
        }
    }

    private Batch decideAll(List<Entry> chosen, boolean eligible, @Nullable String why, long organizerId) {
        List<Decided> done = new ArrayList<>();
        List<EntryViews.BulkOutcome> outcomes = new ArrayList<>();
        for (Entry entry : chosen) {
            try {
                decide(entry, eligible, why, organizerId).ifPresent(done::add);
                outcomes.add(
                        new EntryViews.BulkOutcome(entry.getId(), true, entry.getStatus(), null, entry.getTitle()));
            } catch (ProblemException e) {
                outcomes.add(new EntryViews.BulkOutcome(
                        entry.getId(), false, entry.getStatus(), e.detail(), entry.getTitle()));
            }
        }
        return new Batch(done, outcomes);
    }

    /** One announcement for the request, however many entries it changed (none: nothing to announce). */
    private void announce(
            long programId, boolean eligible, @Nullable String why, long organizerId, List<Decided> done) {
        if (!done.isEmpty()) {
            decided.publishEvent(new EligibilityDecided(
                    organizerId,
                    programId,
                    eligible,
                    why,
                    done.stream().map(Decided::decision).toList()));
        }
    }

    /**
     * Decides one entry in memory through its state machine (which refuses what it must);
     * returns the change when there was one (a new status, or a new reason). Nothing is saved here.
     */
    private Optional<Decided> decide(Entry entry, boolean eligible, @Nullable String why, long organizerId) {
        EntryStatus before = entry.getStatus();
        if (!entry.decideEligibility(eligible, why, clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Decided(
                entry,
                new Decision(entry.getId(), entry.getApplicantId(), entry.getTitle(), before, entry.getStatus()),
                new TimelineStep(
                        null, entry.getId(), clock.instant(), eligible ? "ELIGIBLE" : "INELIGIBLE", organizerId, why)));
    }

    /** Saves the decided entries and their timeline steps in two batches, whatever their number. */
    private void persist(List<Decided> done) {
        if (done.isEmpty()) {
            return;
        }
        List<Entry> saved =
                applicantSide.saveAll(done.stream().map(Decided::entry).toList());
        for (int i = 0; i < saved.size(); i++) {
            done.get(i).entry().setVersion(saved.get(i).getVersion());
        }
        timeline.saveAll(done.stream().map(Decided::step).toList());
    }

    @Nullable
    private static String requireReason(boolean eligible, @Nullable String reason) {
        String why = why(reason);
        if (!eligible && why == null) {
            throw new ProblemException.Invalid(
                    "A reason is required when an entry is ineligible",
                    List.of(new FieldError("reason", "is required when the entry is ineligible")));
        }
        return why;
    }

    private static void refuseDrafts(@Nullable EntryStatus status) {
        if (status == EntryStatus.DRAFT) {
            throw new ProblemException.Invalid(
                    "Drafts are private to their applicants",
                    List.of(new FieldError("status", "drafts are not shown to organizers")));
        }
    }

    /** The table's text search as a lower-case LIKE pattern (its wildcards escaped), or null. */
    @Nullable
    private static String pattern(@Nullable String q) {
        return q == null || q.isBlank()
                ? null
                : "%"
                        + q.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
    }

    @Nullable
    private static String why(@Nullable String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
