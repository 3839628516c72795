package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.live.LiveParts.Session;
import org.laurel.live.LiveParts.SessionStatus;
import org.laurel.live.LiveParts.Slot;
import org.laurel.live.LiveViews.ControlRequest;
import org.laurel.shared.ProblemException;

/**
 * What the host console shows of a {@link LiveSession}: the actions possible now (each one asked
 * of the session's own {@code apply} without keeping the result, so the buttons and the
 * server's refusals cannot disagree), the step the hall expects next, and the slot it waits for.
 * Holds no rule of its own.
 */
final class LiveConsole {

    /** The host's possible actions now: on the session (and its current slot), per slot, and the expected next step. */
    record Allowed(
            List<LiveAction> session,
            Map<Long, List<LiveAction>> slots,
            @Nullable LiveAction nextStep) {}

    private final LiveSession rules;
    private final Session session;
    private final List<Slot> slots;

    LiveConsole(LiveSession rules, Session session, List<Slot> slots) {
        this.rules = rules;
        this.session = session;
        this.slots = slots;
    }

    /**
     * Every action {@link LiveSession#apply} would accept now: without a slot (session actions and the
     * current slot's), and per slot. A reveal counts as possible while it only needs the host's
     * confirmation, and reopening as possible because the console asks for the reason.
     */
    Allowed allowed(LiveSession.Facts facts) {
        Map<Long, LiveSession.Counts> counted = new HashMap<>();
        LiveSession.Facts trial = new LiveSession.Facts() {
            @Override
            public LiveSession.Round round() {
                return facts.round();
            }

            @Override
            public LiveSession.Counts counts(long entryId) {
                return counted.computeIfAbsent(entryId, facts::counts);
            }

            @Override
            public String reveal(Slot slot, List<Long> revealedBefore) {
                return null; // a trial never keeps its result
            }
        };
        List<LiveAction> onSession = new ArrayList<>();
        for (LiveAction action : LiveAction.values()) {
            if (accepts(new ControlRequest(action, null, "trial", true), trial)) {
                onSession.add(action);
            }
        }
        Map<Long, List<LiveAction>> perSlot = new LinkedHashMap<>();
        for (Slot slot : slots) {
            List<LiveAction> actions = new ArrayList<>();
            for (LiveAction action : LiveAction.values()) {
                if (!LiveSession.isSessionAction(action)
                        && accepts(new ControlRequest(action, slot.id(), "trial", true), trial)) {
                    actions.add(action);
                }
            }
            perSlot.put(slot.id(), List.copyOf(actions));
        }
        return new Allowed(List.copyOf(onSession), perSlot, nextStep());
    }

    private boolean accepts(ControlRequest request, LiveSession.Facts trial) {
        try {
            rules.apply(request, 0, session.updatedAt(), trial);
            return true;
        } catch (ProblemException refused) {
            return false;
        }
    }

    /** The step the hall expects next (the console's highlighted button), whether or not it is possible yet. */
    @Nullable
    LiveAction nextStep() {
        if (session.status() == SessionStatus.ENDED) {
            return null;
        }
        SlotState now = rules.currentSlot().map(Slot::state).orElse(null);
        if (now != null) {
            switch (now) {
                case WAITING:
                    return LiveAction.START_PITCH;
                case PITCH:
                    return LiveAction.START_QA;
                case QA:
                    return LiveAction.OPEN_SCORING;
                case SCORING:
                    return LiveAction.REVEAL;
                case REVEALED:
                    return LiveAction.NEXT;
                default:
                    break;
            }
        }
        return rules.active().isPresent() ? null : LiveAction.END;
    }

    /** The slot the hall waits for: the current one if it has not started, else the next waiting one in order. */
    @Nullable
    Long upNext() {
        Slot current = rules.currentSlot().orElse(null);
        if (current != null && current.state() == SlotState.WAITING) {
            return current.id();
        }
        return LiveSession.firstWaiting(slots, current);
    }
}
