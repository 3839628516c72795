package org.laurel.matchmaking;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A meeting request's life, and the one home of who may move it where: the investor asks
 * (REQUESTED); the team accepts one proposed time or declines; the investor may withdraw a
 * request, and either side may call off an accepted meeting. Declined and cancelled are final.
 */
public enum MeetingStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    CANCELLED;

    /** Who acts on a meeting: the investor who asked, or a member of the entry's team. */
    public enum Side {
        INVESTOR,
        TEAM
    }

    /** What a side may do, by status. */
    public enum Step {
        ACCEPT,
        DECLINE,
        CANCEL
    }

    private static final Map<MeetingStatus, Map<Side, Set<Step>>> ALLOWED = Map.of(
            REQUESTED, Map.of(Side.INVESTOR, EnumSet.of(Step.CANCEL), Side.TEAM, EnumSet.of(Step.ACCEPT, Step.DECLINE)),
            ACCEPTED, Map.of(Side.INVESTOR, EnumSet.of(Step.CANCEL), Side.TEAM, EnumSet.of(Step.CANCEL)),
            DECLINED, Map.of(Side.INVESTOR, EnumSet.noneOf(Step.class), Side.TEAM, EnumSet.noneOf(Step.class)),
            CANCELLED, Map.of(Side.INVESTOR, EnumSet.noneOf(Step.class), Side.TEAM, EnumSet.noneOf(Step.class)));

    /** The steps this side may take now (what the screens offer as buttons). */
    public Set<Step> allowed(Side side) {
        return Set.copyOf(ALLOWED.get(this).get(side));
    }

    /** Where the step leads, or null when this side may not take it from here. */
    public MeetingStatus after(Side side, Step step) {
        if (!ALLOWED.get(this).get(side).contains(step)) {
            return null;
        }
        return switch (step) {
            case ACCEPT -> ACCEPTED;
            case DECLINE -> DECLINED;
            case CANCEL -> CANCELLED;
        };
    }

    /** Open: one at a time per investor and entry (a second request waits for this one's answer). */
    public boolean open() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
