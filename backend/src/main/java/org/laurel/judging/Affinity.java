package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The one formula of how well a judge fits an entry, for expertise-aware assignment and its
 * explanation: the judge's bid, the topics both declared, and the text similarity of the judge's
 * expertise to the entry ({@link ExpertiseText}). A bid of CONFLICT is not a weight: the pair is a
 * recorded conflict and never assigned.
 */
public final class Affinity {

    private Affinity() {}

    /** A judge's bid on an entry during a round's bidding phase. */
    public enum Bid {
        EAGER(3),
        WILLING(1),
        NOT_WILLING(-3),
        CONFLICT(0);

        final double weight;

        Bid(double weight) {
            this.weight = weight;
        }
    }

    /** Each shared topic adds this, up to {@link #TOPICS_COUNTED} topics. */
    static final double PER_TOPIC = 1.5;

    static final int TOPICS_COUNTED = 2;

    /** The closest entry by text (similarity 1) adds this. */
    static final double TEXT = 2;

    /** The parts of one pair's affinity, as the organizer's explanation shows them. */
    record Parts(@Nullable Bid bid, List<Long> sharedTopics, double similarity) {

        double score() {
            return Affinity.score(bid, sharedTopics.size(), similarity);
        }
    }

    /** The formula itself, for the planner's hundreds of thousands of pairs without building their parts. */
    static double score(@Nullable Bid bid, int sharedTopics, double similarity) {
        return (bid == null ? 0 : bid.weight) + PER_TOPIC * Math.min(sharedTopics, TOPICS_COUNTED) + TEXT * similarity;
    }
}
