package org.laurel.judging;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryTopics;
import org.laurel.judging.ExpertiseRepositories.BidRow;
import org.laurel.judging.ExpertiseRepositories.Forbidden;
import org.laurel.programs.ProgramTopics;
import org.laurel.programs.RoundView;

/**
 * Everything the affinity of a round's judge-entry pairs is made of, read in a fixed number of
 * queries: the bids, both sides' topics, the judges' written expertise against the entries'
 * titles, summaries and topic names ({@link ExpertiseText}), and the pairs the organizer forbade.
 */
@Singleton
class AffinityInputs {

    private final ExpertiseRepositories.Bids bids;
    private final ExpertiseRepositories.Profiles profiles;
    private final ExpertiseRepositories.JudgeTopics judgeTopics;
    private final ExpertiseRepositories.Forbiddens forbiddens;
    private final EntryTopics entryTopics;
    private final ProgramTopics topics;
    private final EntryDirectory entries;

    AffinityInputs(
            ExpertiseRepositories.Bids bids,
            ExpertiseRepositories.Profiles profiles,
            ExpertiseRepositories.JudgeTopics judgeTopics,
            ExpertiseRepositories.Forbiddens forbiddens,
            EntryTopics entryTopics,
            ProgramTopics topics,
            EntryDirectory entries) {
        this.bids = bids;
        this.profiles = profiles;
        this.judgeTopics = judgeTopics;
        this.forbiddens = forbiddens;
        this.entryTopics = entryTopics;
        this.topics = topics;
        this.entries = entries;
    }

    /** A round's affinities, ready for the planner and the explanation; {@code bids}: judge id -> entry id -> bid. */
    record Round(
            Map<Long, Map<Long, Affinity.Bid>> bids,
            Map<Long, Set<Long>> entryTopics,
            Map<Long, Set<Long>> judgeTopics,
            Map<Long, Map<Long, Double>> similarity,
            Set<String> forbidden,
            Map<Long, String> topicNames) {

        /** Whether anything says more than "balance the load": otherwise the balanced planner decides. */
        boolean anySignal() {
            return !bids.isEmpty()
                    || !similarity.isEmpty()
                    || entryTopics.values().stream()
                            .anyMatch(t -> judgeTopics.values().stream()
                                    .anyMatch(j -> j.stream().anyMatch(t::contains)));
        }

        Affinity.Parts parts(long entryId, long judgeId) {
            Set<Long> mine = judgeTopics.getOrDefault(judgeId, Set.of());
            List<Long> shared = entryTopics.getOrDefault(entryId, Set.of()).stream()
                    .filter(mine::contains)
                    .sorted()
                    .toList();
            return new Affinity.Parts(
                    bids.getOrDefault(judgeId, Map.of()).get(entryId),
                    shared,
                    similarity.getOrDefault(judgeId, Map.of()).getOrDefault(entryId, 0.0));
        }

        /** The same score as {@code parts(...).score()}, without building the parts: the planner asks for every pair. */
        double score(long entryId, long judgeId) {
            Set<Long> mine = judgeTopics.getOrDefault(judgeId, Set.of());
            int shared = 0;
            for (Long topic : entryTopics.getOrDefault(entryId, Set.of())) {
                if (mine.contains(topic)) {
                    shared++;
                }
            }
            return Affinity.score(
                    bids.getOrDefault(judgeId, Map.of()).get(entryId),
                    shared,
                    similarity.getOrDefault(judgeId, Map.of()).getOrDefault(entryId, 0.0));
        }
    }

    Round of(RoundView round, Collection<Long> entryIds, Collection<Long> judgeIds) {
        Map<Long, Map<Long, Affinity.Bid>> bidMap = new HashMap<>();
        for (BidRow b : bids.findByRoundId(round.id())) {
            bidMap.computeIfAbsent(b.judgeId(), k -> new HashMap<>()).put(b.entryId(), Affinity.Bid.valueOf(b.level()));
        }
        Map<Long, Set<Long>> byEntry = entryTopics.of(entryIds);
        Map<Long, Set<Long>> byJudge = new HashMap<>();
        judgeTopics
                .findByUserIdIn(judgeIds)
                .forEach(t -> byJudge.computeIfAbsent(t.userId(), k -> new HashSet<>())
                        .add(t.topicId()));
        Set<Long> allTopics = new HashSet<>();
        byEntry.values().forEach(allTopics::addAll);
        Map<Long, String> names = topics.names(allTopics);

        Map<Long, String> judgeTexts = new HashMap<>();
        profiles.findByUserIdIn(judgeIds).forEach(p -> judgeTexts.put(p.userId(), p.expertise()));
        Map<Long, String> entryTexts = new HashMap<>();
        Map<Long, EntryDirectory.Words> words = entries.words(entryIds);
        for (long e : entryIds) {
            EntryDirectory.Words w = words.get(e);
            List<String> parts = new ArrayList<>();
            if (w != null) {
                parts.add(w.title());
                if (w.summary() != null) {
                    parts.add(w.summary());
                }
            }
            byEntry.getOrDefault(e, Set.of()).forEach(t -> parts.add(names.getOrDefault(t, "")));
            entryTexts.put(e, String.join(" ", parts));
        }
        Map<Long, Map<Long, Double>> similarity = ExpertiseText.similarities(entryTexts, judgeTexts);
        Set<String> forbidden = new HashSet<>();
        for (Forbidden f : forbiddens.findByRoundId(round.id())) {
            forbidden.add(f.judgeId() + ":" + f.entryId());
        }
        return new Round(bidMap, byEntry, byJudge, similarity, forbidden, names);
    }
}
