package org.laurel.live;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.laurel.judging.Aggregation;
import org.laurel.judging.AudienceBlend;
import org.laurel.live.AudienceVoteParts.Config;
import org.laurel.live.AudienceVoteViews.AudienceRow;
import org.laurel.live.AudienceVoteViews.AudienceView;
import org.laurel.live.LiveParts.Slot;
import org.laurel.live.LiveViews.LeaderRow;

/**
 * The audience's part of what the hall sees, read once per state build (one grouped count, so
 * the queries do not grow with the votes): the pitch taking votes and its count, and the revealed
 * pitches' audience scores and combined finals from judging's {@link AudienceBlend}. Audience
 * scores appear at the reveal, like the judges' (a running score would sway the rest of the vote).
 */
@Singleton
class AudienceStates {

    /** The vote of a session as one build needs it; {@code none()} when the round takes no audience vote. */
    record Tallies(@Nullable Config config, List<AudienceBlend.Tally> tallies) {
        static Tallies none() {
            return new Tallies(null, List.of());
        }

        boolean weighted() {
            return config != null && config.weight() > 0;
        }

        int votesOn(long entryId) {
            return tallies.stream()
                    .filter(t -> t.entryId() == entryId)
                    .mapToInt(AudienceBlend.Tally::votes)
                    .findFirst()
                    .orElse(0);
        }
    }

    private final AudienceVoteParts.Configs configs;
    private final AudienceVoteParts.Votes votes;

    AudienceStates(AudienceVoteParts.Configs configs, AudienceVoteParts.Votes votes) {
        this.configs = configs;
        this.votes = votes;
    }

    Tallies tallies(long sessionId, long roundId) {
        Config config = configs.findByRoundId(roundId).orElse(null);
        if (config == null) {
            return Tallies.none();
        }
        List<AudienceBlend.Tally> rows = votes.tallies(sessionId).stream()
                .map(r -> new AudienceBlend.Tally(r.entryId(), (int) r.votes(), r.total()))
                .toList();
        return new Tallies(config, rows);
    }

    /**
     * The leaderboard: the judges' ranking as the engine made it, or with a weighted vote the
     * combined finals ranked by the blend (each row then carries both parts).
     */
    List<LeaderRow> board(
            List<Aggregation.Result> judged,
            Tallies tallies,
            LongFunction<String> titleOf,
            LongFunction<String> orgOf) {
        if (!tallies.weighted()) {
            return judged.stream()
                    .filter(r -> r.score() != null)
                    .map(r -> new LeaderRow(
                            r.rank(),
                            r.entryId(),
                            titleOf.apply(r.entryId()),
                            orgOf.apply(r.entryId()),
                            Aggregation.round(r.score(), 2),
                            null,
                            null))
                    .sorted(java.util.Comparator.comparingInt(LeaderRow::rank).thenComparing(LeaderRow::entryId))
                    .toList();
        }
        return blend(judged, tallies).stream()
                .filter(b -> b.combined() != null)
                .map(b -> new LeaderRow(
                        b.rank(),
                        b.entryId(),
                        titleOf.apply(b.entryId()),
                        orgOf.apply(b.entryId()),
                        b.combined(),
                        b.judges(),
                        b.audience()))
                .toList();
    }

    /** The big screen's audience panel; null when the round takes no audience vote. */
    @Nullable
    AudienceView view(
            Tallies tallies,
            List<Slot> slots,
            @Nullable Slot current,
            List<Aggregation.Result> judged,
            @Nullable Long revealedEntryId,
            LongFunction<String> titleOf) {
        Config config = tallies.config();
        if (config == null) {
            return null;
        }
        Slot voting =
                slots.stream().filter(LiveSession::acceptsVotes).findFirst().orElse(null);
        List<AudienceRow> rows = blend(judged, tallies).stream()
                .map(b -> new AudienceRow(
                        b.entryId(),
                        titleOf.apply(b.entryId()),
                        b.judges(),
                        b.audience(),
                        b.votes(),
                        b.combined(),
                        b.rank()))
                .toList();
        AudienceRow revealed = revealedEntryId == null
                ? null
                : rows.stream()
                        .filter(r -> r.entryId() == revealedEntryId)
                        .findFirst()
                        .orElse(null);
        return new AudienceView(
                config.mode(),
                config.weight(),
                AudienceBlend.formula(config.mode(), config.weight()),
                voting == null ? null : voting.id(),
                voting == null ? 0 : tallies.votesOn(voting.entryId()),
                rows,
                revealed);
    }

    private static List<AudienceBlend.Blended> blend(List<Aggregation.Result> judged, Tallies tallies) {
        Map<Long, Double> judges = new LinkedHashMap<>();
        judged.forEach(r -> judges.put(r.entryId(), r.score()));
        return AudienceBlend.blend(tallies.config().mode(), tallies.config().weight(), judges, tallies.tallies());
    }
}
