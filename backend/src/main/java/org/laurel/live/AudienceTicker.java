package org.laurel.live;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.laurel.events.EventLog;
import org.laurel.programs.RoundService;

/**
 * Votes move the big screen's count at most once a second: a storm of 5,000 votes becomes about
 * sixty events on the session's stream, not 5,000 (each event goes to every screen watching).
 * A vote marks its session after its transaction commits; the next tick appends one AUDIENCE
 * event with the state after all of them.
 */
@Singleton
class AudienceTicker {

    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final LiveParts.Sessions sessions;
    private final RoundService rounds;
    private final LiveStates states;
    private final EventLog events;
    private final TransactionOperations<Connection> tx;

    AudienceTicker(
            LiveParts.Sessions sessions,
            RoundService rounds,
            LiveStates states,
            EventLog events,
            TransactionOperations<Connection> tx) {
        this.tx = tx;
        this.sessions = sessions;
        this.rounds = rounds;
        this.states = states;
        this.events = events;
    }

    /** A vote was counted in the session (called after its commit). */
    void voted(long sessionId) {
        dirty.add(sessionId);
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    void tick() {
        for (Long sessionId : List.copyOf(dirty)) {
            dirty.remove(sessionId);
            tx.executeWrite(status -> announce(sessionId));
        }
    }

    private boolean announce(long sessionId) {
        return sessions.findById(sessionId)
                .map(session -> {
                    var round = rounds.find(session.roundId());
                    events.append(
                            LiveService.topic(sessionId),
                            "AUDIENCE",
                            seq -> new LiveViews.LiveEvent("AUDIENCE", null, states.build(session, round, seq)));
                    return true;
                })
                .orElse(false);
    }
}
