package org.laurel.entries;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
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
 * decisions. Each decision goes through the entry's state machine and is announced as
 * {@link EligibilityDecided} (the audit trail records it, notifications tell the applicants);
 * {@link BulkScreening} decides many at once through the same steps.
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
        PageView<ExportRow> page = rows(programId, organizerId, status, categoryId, q, pageable, false);
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
        return rows(programId, organizerId, status, categoryId, q, pageable, true);
    }

    /** The table's rows; with {@code content}, each entry's team and answers too (the table does not show them). */
    private PageView<ExportRow> rows(
            long programId,
            long organizerId,
            @Nullable EntryStatus status,
            @Nullable Long categoryId,
            @Nullable String q,
            Pageable pageable,
            boolean content) {
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
                        content ? json.team(e) : List.of(),
                        content ? json.answers(e) : Map.of(),
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
        return viewer.view(entry, program, organizerId);
    }

    /** One entry the state machine changed: what to save, note on its timeline and announce. */
    record Decided(Entry entry, Decision decision, TimelineStep step) {}

    /** One announcement for the request, however many entries it changed (none: nothing to announce). */
    void announce(long programId, boolean eligible, @Nullable String why, long organizerId, List<Decided> done) {
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
    Optional<Decided> decide(Entry entry, boolean eligible, @Nullable String why, long organizerId) {
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
    void persist(List<Decided> done) {
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
    static String requireReason(boolean eligible, @Nullable String reason) {
        String why = why(reason);
        if (!eligible && why == null) {
            throw new ProblemException.Invalid(
                    "A reason is required when an entry is ineligible",
                    List.of(new FieldError("reason", "is required when the entry is ineligible")));
        }
        return why;
    }

    static void refuseDrafts(@Nullable EntryStatus status) {
        if (status == EntryStatus.DRAFT) {
            throw new ProblemException.Invalid(
                    "Drafts are private to their applicants",
                    List.of(new FieldError("status", "drafts are not shown to organizers")));
        }
    }

    /** The table's text search as a lower-case LIKE pattern (its wildcards escaped), or null. */
    @Nullable
    static String pattern(@Nullable String q) {
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
