package org.laurel.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A live roadshow ready to run: a LIVE round (trimmed mean, trim 1, one criterion 0-100 step 1), a panel, two slots. */
public final class Lives {

    private Lives() {}

    public record Live(
            Seasons.Screened season,
            long roundId,
            long sessionId,
            List<Long> slots,
            List<Seasons.Person> judges,
            List<Long> criteria,
            String org) {}

    @SuppressWarnings("unchecked")
    public static Live create(Api api, int judges) {
        Seasons seasons = new Seasons(api);
        Seasons.Screened season = seasons.screenedAward(2);
        String org = season.program().organizerToken();
        Map<String, Object> round = new HashMap<>();
        round.put("name", "Roadshow final");
        round.put("mode", "LIVE");
        round.put("aggregation", "TRIMMED_MEAN");
        round.put("trimCount", 1);
        round.put("blind", false);
        round.put("judgesPerEntry", judges);
        round.put("criteria", List.of(Map.of("name", "Overall", "weight", 1, "min", 0, "max", 100, "step", 1)));
        Api.Result r = api.post("/api/programs/" + season.program().id() + "/rounds", round, org);
        assertThat(r.status()).isEqualTo(201);
        long roundId = ((Number) r.get("id")).longValue();
        List<Long> criteria = r.list("criteria").stream()
                .map(c -> ((Number) c.get("id")).longValue())
                .toList();
        List<Seasons.Person> panel = new ArrayList<>();
        for (int i = 0; i < judges; i++) {
            panel.add(seasons.person("judge" + i, Set.of("JUDGE"), "Jury Hall " + i));
        }
        assertThat(api.put(
                                "/api/rounds/" + roundId + "/panel",
                                Map.of(
                                        "judgeIds",
                                        panel.stream().map(Seasons.Person::id).toList()),
                                org)
                        .status())
                .isEqualTo(200);
        Api.Result s = api.post(
                "/api/rounds/" + roundId + "/live",
                Map.of(
                        "slots",
                        List.of(
                                Map.of(
                                        "entryId",
                                        season.entryIds().get(1),
                                        "order",
                                        1,
                                        "pitchMinutes",
                                        8,
                                        "qaMinutes",
                                        7),
                                Map.of(
                                        "entryId",
                                        season.entryIds().get(0),
                                        "order",
                                        2,
                                        "pitchMinutes",
                                        8,
                                        "qaMinutes",
                                        7))),
                org);
        assertThat(s.status()).isEqualTo(200);
        Map<String, Object> state = (Map<String, Object>) s.get("state");
        List<Long> slots = ((List<Map<String, Object>>) state.get("slots"))
                .stream().map(x -> ((Number) x.get("id")).longValue()).toList();
        return new Live(season, roundId, ((Number) state.get("sessionId")).longValue(), slots, panel, criteria, org);
    }

    public static Api.Result control(Api api, Live l, String action) {
        return api.post("/api/live/" + l.sessionId() + "/control", Map.of("action", action), l.org());
    }

    public static Api.Result score(Api api, Live l, Seasons.Person judge, long entryId, double value) {
        return api.put(
                "/api/rounds/" + l.roundId() + "/entries/" + entryId + "/scorecard",
                Map.of(
                        "scores",
                        Map.of(String.valueOf(l.criteria().get(0)), value),
                        "comment",
                        "PRIVATE-COMMENT",
                        "feedback",
                        "PRIVATE-FEEDBACK",
                        "submit",
                        true),
                judge.token());
    }

    @SuppressWarnings("unchecked")
    public static long entryOfSlot(Api api, Live l, int index) {
        Map<String, Object> state = api.get("/api/live/" + l.sessionId(), null).body();
        return ((Number) ((List<Map<String, Object>>) state.get("slots"))
                        .get(index)
                        .get("entryId"))
                .longValue();
    }

    /**
     * A live final run to the end and finalized: slot 1 (entry 1, category 2) scores 70/80/90 -> 80,
     * slot 2 (entry 0, category 1) scores 60/65/100 -> 65. The program's tiers: Gold (program-wide, 1)
     * and Silver ("Basic research" = category 1, 2 places).
     */
    public static Live finalized(Api api) {
        Live l = create(api, 3);
        double[][] values = {{70, 80, 90}, {60, 65, 100}};
        for (int slot = 0; slot < 2; slot++) {
            long entry = entryOfSlot(api, l, slot);
            assertThat(control(api, l, "START_PITCH").status()).isEqualTo(200);
            control(api, l, "OPEN_SCORING");
            for (int j = 0; j < 3; j++) {
                assertThat(score(api, l, l.judges().get(j), entry, values[slot][j])
                                .status())
                        .isEqualTo(200);
            }
            assertThat(control(api, l, "REVEAL").status()).isEqualTo(200);
            control(api, l, "NEXT");
        }
        assertThat(control(api, l, "END").status()).isEqualTo(200);
        assertThat(api.post("/api/rounds/" + l.roundId() + "/finalize", Map.of(), l.org())
                        .status())
                .isEqualTo(200);
        new Seasons(api)
                .moveDeadline(l.season().program(), java.time.Instant.now().minusSeconds(1)); // the call is over
        return l;
    }
}
