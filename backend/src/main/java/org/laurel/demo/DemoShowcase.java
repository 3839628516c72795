package org.laurel.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Set;
import org.laurel.entries.EntryVisibility;

/**
 * Which demo teams put their project in their program's public showcase: most did, as owners do,
 * through the same {@link EntryVisibility} call the API makes (so the choice is audited like any
 * other). A few in each showcased program kept theirs private, so the showcase visibly shows only
 * what the teams opted in to. Seeded for the programs where the showcase has most to show: the
 * expo's halls (stage slots), the AI challenge (topics) and last year's contest (awards).
 */
@Singleton
@Requires(property = "laurel.demo", value = "true")
class DemoShowcase {

    /**
     * The entries, by title, whose owners kept them private: one a hall, two of the AI challenge's
     * twelve, and one of the contest's silver winners (a prize does not publish a project either).
     */
    static final Set<String> PRIVATE =
            Set.of("QuickFix Home", "Quantum-safe payments", "Dock2Desk", "QuietRoom", "MedSight — QueueCare");

    private final EntryVisibility visibility;

    DemoShowcase(EntryVisibility visibility) {
        this.visibility = visibility;
    }

    /** The owner opts the entry in, unless its team is one of those that kept it {@link #PRIVATE}. */
    void choose(long entryId, String title, long ownerId) {
        if (!PRIVATE.contains(title)) {
            visibility.set(entryId, new EntryVisibility.VisibilityRequest(true), ownerId);
        }
    }
}
