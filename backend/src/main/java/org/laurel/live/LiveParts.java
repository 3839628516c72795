package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The live module's records and repositories. */
final class LiveParts {

    private LiveParts() {}

    enum SessionStatus {
        READY,
        RUNNING,
        ENDED
    }

    /** {@code version} counts changes: the public state is cached per version; {@code stage}: the hall it runs on. */
    @MappedEntity("live_session")
    record Session(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            SessionStatus status,
            @Nullable Long currentSlotId,
            @Nullable Instant pausedAt,
            boolean showJudgeNames,
            @Nullable String stage,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        Session with(SessionStatus status, @Nullable Long currentSlotId, @Nullable Instant pausedAt, Instant now) {
            return new Session(
                    id, roundId, status, currentSlotId, pausedAt, showJudgeNames, stage, createdAt, now, version + 1);
        }
    }

    @MappedEntity("live_slot")
    record Slot(
            @Id @GeneratedValue @Nullable Long id,
            long sessionId,
            long entryId,
            int position,
            @Nullable Instant plannedStart,
            int pitchMinutes,
            int qaMinutes,
            SlotState state,
            @Nullable Instant phaseStartedAt,
            boolean scoringClosed,
            @Nullable String revealJson,
            @Nullable Instant revealedAt) {

        Slot moved(SlotState to, @Nullable Instant phaseStartedAt, boolean scoringClosed) {
            return new Slot(
                    id,
                    sessionId,
                    entryId,
                    position,
                    plannedStart,
                    pitchMinutes,
                    qaMinutes,
                    to,
                    phaseStartedAt,
                    scoringClosed,
                    to == SlotState.SCORING ? null : revealJson,
                    to == SlotState.SCORING ? null : revealedAt);
        }

        Slot revealed(String json, Instant at) {
            return new Slot(
                    id,
                    sessionId,
                    entryId,
                    position,
                    plannedStart,
                    pitchMinutes,
                    qaMinutes,
                    SlotState.REVEALED,
                    at,
                    true,
                    json,
                    at);
        }

        Slot scheduled(int position, @Nullable Instant plannedStart, int pitchMinutes, int qaMinutes) {
            return new Slot(
                    id,
                    sessionId,
                    entryId,
                    position,
                    plannedStart,
                    pitchMinutes,
                    qaMinutes,
                    state,
                    phaseStartedAt,
                    scoringClosed,
                    revealJson,
                    revealedAt);
        }

        Slot pausedFor(java.time.Duration d) {
            return new Slot(
                    id,
                    sessionId,
                    entryId,
                    position,
                    plannedStart,
                    pitchMinutes,
                    qaMinutes,
                    state,
                    phaseStartedAt == null ? null : phaseStartedAt.plus(d),
                    scoringClosed,
                    revealJson,
                    revealedAt);
        }
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Sessions extends CrudRepository<Session, Long> {
        Optional<Session> findByRoundId(long roundId);

        List<Session> findByIdIn(java.util.Collection<Long> ids);

        List<Session> findByRoundIdIn(java.util.Collection<Long> roundIds);

        /** Control actions on one session run one at a time: they lock its row. */
        @Query("SELECT * FROM live_session WHERE id = :id FOR UPDATE")
        Optional<Session> lock(long id);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Slots extends CrudRepository<Slot, Long> {
        List<Slot> findBySessionIdOrderByPosition(long sessionId);

        List<Slot> findBySessionIdInOrderByPosition(java.util.Collection<Long> sessionIds);

        List<Slot> findByEntryIdIn(java.util.Collection<Long> entryIds);

        /** Every other session's timed slots: what a schedule may clash with (an expo has a few hundred). */
        @Query("SELECT * FROM live_slot WHERE planned_start IS NOT NULL AND session_id <> :sessionId")
        List<Slot> findTimedOutside(long sessionId);

        /**
         * A slot's row lock. A judge's save takes it while checking the slot is in SCORING, and the
         * host's REVEAL or CLOSE_SCORING takes it before counting: a score in flight is either in
         * the reveal or refused, never written after the reveal was computed without it.
         */
        @Query("SELECT * FROM live_slot WHERE id = :id FOR UPDATE")
        Optional<Slot> lock(long id);
    }

    /** The scoring gate's one query: the slot of an entry in a round's live session. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SlotLookup extends CrudRepository<Slot, Long> {
        @Query(
                "SELECT s.* FROM live_slot s JOIN live_session ls ON ls.id = s.session_id WHERE ls.round_id = :roundId AND s.entry_id = :entryId")
        Optional<Slot> findInRound(long roundId, long entryId);
    }
}
