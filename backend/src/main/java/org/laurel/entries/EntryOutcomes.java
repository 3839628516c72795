package org.laurel.entries;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.laurel.entries.EntryParts.TimelineStep;
import org.laurel.programs.RoundEvents.RoundFinalized;

/**
 * How entries fare after judging, set by listening rather than by being called: a finalized round
 * moves its entries on (or not), announced winners make every competing entry AWARDED or
 * NOT_AWARDED. Listeners run synchronously in the announcing transaction, so an entry's outcome
 * commits or rolls back with the decision. A fixed number of statements whatever the number of
 * entries.
 */
@Singleton
class EntryOutcomes {

    private final EntryRepositories.Entries entries;
    private final EntryRepositories.Timeline timeline;
    private final Clock clock;

    EntryOutcomes(EntryRepositories.Entries entries, EntryRepositories.Timeline timeline, Clock clock) {
        this.entries = entries;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Each entry of the round now stands in it, advanced or not, as its timeline tells. */
    @EventListener
    void on(RoundFinalized round) {
        if (round.advanced().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Entry> list = entries.findByIdIn(round.advanced().keySet());
        list.forEach(e -> {
            e.setCurrentRoundId(round.roundId());
            e.setUpdatedAt(now);
        });
        entries.updateAll(list);
        timeline.saveAll(list.stream()
                .map(e -> new TimelineStep(
                        null,
                        e.getId(),
                        now,
                        round.advanced().get(e.getId()) ? "ADVANCED" : "NOT_ADVANCED",
                        round.actorId(),
                        round.roundName()))
                .toList());
    }

    /** Every entry of the program that competed is AWARDED (with its tier on its timeline) or NOT_AWARDED; a correction re-applies the whole list. */
    @EventListener
    void on(WinnersDecided winners) {
        Instant now = clock.instant();
        List<Entry> competed = entries.findByProgramIdAndStatusIn(winners.programId(), EntryPolicy.COMPETING);
        List<TimelineStep> steps = new ArrayList<>();
        for (Entry e : competed) {
            String tier = winners.tierByWinner().get(e.getId());
            e.award(tier != null, now);
            steps.add(new TimelineStep(
                    null, e.getId(), now, tier != null ? "AWARDED" : "NOT_AWARDED", winners.actorId(), tier));
        }
        entries.updateAll(competed);
        timeline.saveAll(steps);
    }
}
