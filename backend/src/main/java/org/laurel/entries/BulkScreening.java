package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laurel.programs.ProgramService;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * Eligibility decisions on many entries at once: a list of ids, or everything the screening
 * filter matches (previewed first, then confirmed with the preview's count and selection
 * fingerprint). Each entry still goes through {@link ScreeningService#decide}, the one path of
 * a decision through the entry's state machine; one that is refused is reported, the others
 * are decided, and the whole request is one transaction and one announcement.
 */
@Singleton
class BulkScreening {

    private final EntryRepositories.Entries entries;
    private final ProgramService programs;
    private final ScreeningService screening;

    BulkScreening(EntryRepositories.Entries entries, ProgramService programs, ScreeningService screening) {
        this.entries = entries;
        this.programs = programs;
        this.screening = screening;
    }

    /** Each entry is decided on its own: one that cannot be decided is reported, the others still are. */
    @Transactional
    List<EntryViews.BulkOutcome> decideMany(long programId, BulkEligibilityRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        String why = ScreeningService.requireReason(request.eligible(), request.reason());
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
        screening.persist(batch.done());
        screening.announce(programId, request.eligible(), why, organizerId, batch.done());
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
    EntryViews.BulkReport previewMatching(long programId, MatchingEligibilityRequest request, long organizerId) {
        String why = ScreeningService.requireReason(request.eligible(), request.reason());
        List<Entry> matching = matching(programId, request, organizerId);
        String selection = selection(matching); // before the dry run changes the entries in memory
        Batch batch = decideAll(matching, request.eligible(), why, organizerId);
        return batch.report(matching.size(), selection, true);
    }

    /**
     * Decides everything the filter matches, in one transaction, provided the filter still matches
     * the {@code expectedCount} the organizer confirmed (409 otherwise: something arrived or changed
     * meanwhile). Every entry goes through the entry's state machine; the ones it refuses are reported.
     */
    @Transactional
    EntryViews.BulkReport decideMatching(long programId, MatchingEligibilityRequest request, long organizerId) {
        if (request.expectedCount() == null) {
            throw new ProblemException.Invalid(
                    "Confirm how many entries the decision is for",
                    List.of(new FieldError(
                            "expectedCount", "is required: the number of matching entries the preview reported")));
        }
        String why = ScreeningService.requireReason(request.eligible(), request.reason());
        List<Entry> matching = matching(programId, request, organizerId);
        if (matching.size() != request.expectedCount()) {
            throw new SelectionChanged(request.expectedCount(), matching.size());
        }
        String selection = selection(matching);
        if (request.expectedSelection() != null && !request.expectedSelection().equals(selection)) {
            throw new SelectionChanged(matching.size());
        }
        Batch batch = decideAll(matching, request.eligible(), why, organizerId);
        screening.persist(batch.done());
        screening.announce(programId, request.eligible(), why, organizerId, batch.done());
        return batch.report(matching.size(), selection, false);
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

        SelectionChanged(int count) {
            super(
                    "selection-changed",
                    "The matching entries changed",
                    "The filter still matches " + count + " entries, but not the same ones in the same state as"
                            + " when you confirmed (an entry arrived, left or was decided meanwhile); nothing was"
                            + " changed. Check the list and confirm again.");
        }
    }

    /**
     * A fingerprint of exactly which entries match and in which state (id and version: every change
     * to an entry bumps its version), so a confirmation cannot apply to a set that changed under the
     * same count.
     */
    static String selection(List<Entry> matching) {
        String ids = matching.stream()
                .sorted(java.util.Comparator.comparingLong(Entry::getId))
                .map(e -> e.getId() + ":" + e.getVersion())
                .collect(Collectors.joining(","));
        return org.laurel.shared.Sha256.hex(ids).substring(0, 32);
    }

    private List<Entry> matching(long programId, MatchingEligibilityRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        ScreeningService.refuseDrafts(request.status());
        return entries.screenAll(
                programId,
                request.status() == null ? null : request.status().name(),
                request.categoryId(),
                ScreeningService.pattern(request.q()));
    }

    /** What a bulk decision made of its entries. */
    private record Batch(List<ScreeningService.Decided> done, List<EntryViews.BulkOutcome> outcomes) {

        EntryViews.BulkReport report(int matching, String selection, boolean refusalsOnly) {
            int refused = (int) outcomes.stream().filter(o -> !o.ok()).count();
            return new EntryViews.BulkReport(
                    matching,
                    selection,
                    done.size(),
                    outcomes.size() - refused - done.size(),
                    refused,
                    refusalsOnly ? outcomes.stream().filter(o -> !o.ok()).toList() : outcomes);
        }
    }

    private Batch decideAll(List<Entry> chosen, boolean eligible, @Nullable String why, long organizerId) {
        List<ScreeningService.Decided> done = new ArrayList<>();
        List<EntryViews.BulkOutcome> outcomes = new ArrayList<>();
        for (Entry entry : chosen) {
            try {
                screening.decide(entry, eligible, why, organizerId).ifPresent(done::add);
                outcomes.add(
                        new EntryViews.BulkOutcome(entry.getId(), true, entry.getStatus(), null, entry.getTitle()));
            } catch (ProblemException e) {
                outcomes.add(new EntryViews.BulkOutcome(
                        entry.getId(), false, entry.getStatus(), e.detail(), entry.getTitle()));
            }
        }
        return new Batch(done, outcomes);
    }
}
