package org.laurel.judging;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryFacts;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.programs.RoundMode;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;

/** Gathers what {@link Anomalies} looks at for one round, in a fixed number of queries whatever its size. */
@Singleton
class AnomalyService {

    private final ResultService results;
    private final RoundService rounds;
    private final EntryDirectory entries;
    private final IdentityService identity;
    private final JudgingRepositories.Openings openings;

    AnomalyService(
            ResultService results,
            RoundService rounds,
            EntryDirectory entries,
            IdentityService identity,
            JudgingRepositories.Openings openings) {
        this.results = results;
        this.rounds = rounds;
        this.entries = entries;
        this.identity = identity;
        this.openings = openings;
    }

    AnomalyView anomalies(long roundId, long organizerId) {
        RoundView round = rounds.get(roundId, organizerId);
        ResultService.Input in = results.input(round);
        List<Aggregation.Card> counted = in.counted();

        List<EntryFacts> facts = entries.facts(
                in.refs().stream().map(Aggregation.EntryRef::entryId).toList());
        Set<Long> people = new HashSet<>();
        counted.forEach(c -> people.add(c.judgeId()));
        facts.forEach(f -> people.addAll(f.teamIds()));
        Map<Long, UserView> users = identity.getAll(people);

        Map<Long, Anomalies.Judge> judges = new HashMap<>();
        counted.forEach(c -> {
            UserView u = users.get(c.judgeId());
            if (u != null) {
                judges.put(u.id(), new Anomalies.Judge(u.id(), u.email(), u.organization()));
            }
        });
        Map<Long, Anomalies.EntryPeople> entryPeople = new HashMap<>();
        for (EntryFacts f : facts) {
            List<String> emails = new ArrayList<>(f.teamEmails());
            for (long id : f.teamIds()) {
                UserView person = users.get(id);
                if (person != null) {
                    emails.add(person.email());
                }
            }
            entryPeople.put(f.entryId(), new Anomalies.EntryPeople(f.entryId(), f.organization(), emails));
        }
        // On a live stage judges score while the finalist pitches, so time since opening means nothing there.
        boolean online = round.mode() == RoundMode.ONLINE;
        List<Anomalies.Timing> timings = online
                ? openings.timingsIn(roundId).stream()
                        // An opening recorded after the submission (cards submitted before openings were
                        // recorded) says nothing about how long the judge took.
                        .filter(t -> t.submittedAt() != null
                                && t.openedAt() != null
                                && !t.openedAt().isAfter(t.submittedAt()))
                        .map(t -> new Anomalies.Timing(t.entryId(), t.judgeId(), t.submittedAt(), t.openedAt()))
                        .toList()
                : List.of();

        List<AnomalyView.Item> items =
                Anomalies.find(Results.rubric(round), counted, judges, entryPeople, timings).stream()
                        .map(f -> new AnomalyView.Item(
                                f.kind().name(),
                                f.judgeId(),
                                users.containsKey(f.judgeId())
                                        ? users.get(f.judgeId()).displayName()
                                        : "?",
                                f.affinity() == null ? null : f.affinity().name(),
                                f.entryIds().stream()
                                        .map(id -> new AnomalyView.EntryTitle(
                                                id, in.titles().getOrDefault(id, "?")))
                                        .toList(),
                                f.count(),
                                f.outOf(),
                                f.value(),
                                f.baseline(),
                                f.z(),
                                f.seconds()))
                        .toList();
        return new AnomalyView(roundId, online, items);
    }
}
