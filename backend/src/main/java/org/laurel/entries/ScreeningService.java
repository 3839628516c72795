package org.laurel.entries;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
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
    record ExportRow(ScreeningRow row, List<TeamMember> team, Map<String, Object> answers) {}

    PageView<ExportRow> exportRows(
            long programId,
            long organizerId,
            @Nullable EntryStatus status,
            @Nullable Long categoryId,
            @Nullable String q,
            Pageable pageable) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        if (status == EntryStatus.DRAFT) {
            throw new ProblemException.Invalid(
                    "Drafts are private to their applicants",
                    List.of(new FieldError("status", "drafts are not shown to organizers")));
        }
        String pattern = q == null || q.isBlank()
                ? null
                : "%"
                        + q.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        Page<Entry> page =
                entries.screen(programId, status == null ? null : status.name(), categoryId, pattern, pageable);
        List<Entry> rows = page.getContent();
        Map<Long, UserView> people =
                identity.getAll(rows.stream().map(Entry::getApplicantId).collect(Collectors.toSet()));
        Map<Long, Long> fileCounts = rows.isEmpty()
                ? Map.of()
                : attachments.findByEntryIdIn(rows.stream().map(Entry::getId).toList()).stream()
                        .collect(Collectors.groupingBy(Attachment::entryId, Collectors.counting()));
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
                                fileCounts.getOrDefault(e.getId(), 0L).intValue()),
                        json.team(e),
                        json.answers(e)))
                .toList();
        return new PageView<>(items, page.getTotalSize());
    }

    @Transactional
    public EntryView decide(long entryId, EligibilityRequest request, long organizerId) {
        Entry entry = policy.organizedBy(entryId, organizerId);
        ProgramView program = programs.find(entry.getProgramId());
        announce(
                entry.getProgramId(),
                request,
                organizerId,
                decide(entry, request.eligible(), request.reason(), organizerId).stream()
                        .toList());
        return viewer.view(entry, program);
    }

    /** Each entry is decided on its own: one that cannot be decided is reported, the others still are. */
    @Transactional
    public List<EntryViews.BulkOutcome> decideMany(long programId, BulkEligibilityRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        List<Decision> decisions = new ArrayList<>();
        Map<Long, Entry> found = entries.findByIdIn(request.entryIds()).stream()
                .filter(e -> e.getProgramId() == programId)
                .collect(Collectors.toMap(Entry::getId, e -> e));
        List<EntryViews.BulkOutcome> outcomes = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(request.entryIds())) {
            Entry entry = found.get(id);
            if (entry == null || entry.getStatus() == EntryStatus.DRAFT) {
                outcomes.add(new EntryViews.BulkOutcome(id, false, null, "no such entry in this program"));
                continue;
            }
            try {
                decide(entry, request.eligible(), request.reason(), organizerId).ifPresent(decisions::add);
                outcomes.add(new EntryViews.BulkOutcome(id, true, entry.getStatus(), null));
            } catch (ProblemException e) {
                outcomes.add(new EntryViews.BulkOutcome(id, false, entry.getStatus(), e.detail()));
            }
        }
        announce(programId, new EligibilityRequest(request.eligible(), request.reason()), organizerId, decisions);
        return outcomes;
    }

    /** One announcement for the request, however many entries it changed (none: nothing to announce). */
    private void announce(long programId, EligibilityRequest request, long organizerId, List<Decision> decisions) {
        if (!decisions.isEmpty()) {
            decided.publishEvent(new EligibilityDecided(
                    organizerId, programId, request.eligible(), why(request.reason()), List.copyOf(decisions)));
        }
    }

    /** Decides one entry; returns the change when there was one (a new status, or a new reason). */
    private Optional<Decision> decide(Entry entry, boolean eligible, @Nullable String reason, long organizerId) {
        String why = why(reason);
        if (!eligible && why == null) {
            throw new ProblemException.Invalid(
                    "A reason is required when an entry is ineligible",
                    List.of(new FieldError("reason", "is required when the entry is ineligible")));
        }
        EntryStatus before = entry.getStatus();
        if (!entry.decideEligibility(eligible, why, clock.instant())) {
            return Optional.empty();
        }
        Entry saved = applicantSide.save(entry);
        entry.setVersion(saved.getVersion());
        timeline.save(new TimelineStep(
                null, entry.getId(), clock.instant(), eligible ? "ELIGIBLE" : "INELIGIBLE", organizerId, why));
        return Optional.of(
                new Decision(entry.getId(), entry.getApplicantId(), entry.getTitle(), before, entry.getStatus()));
    }

    @Nullable
    private static String why(@Nullable String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
