package org.laurel.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;
import org.laurel.support.Seasons;

/**
 * The audience vote end to end: sign-in by emailed code or ticket, one vote per person per pitch
 * (also under a storm of duplicates), the voting window, the fraud limits, flagged votes voided
 * with a reason, and the big screen's combined final against the stated formula, worked by hand.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
@Property(name = "laurel.audience.votes-per-address", value = "12")
@Property(name = "laurel.audience.burst-threshold", value = "1000000")
class AudienceVoteApiTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    Api api() {
        return new Api(client);
    }

    Api.Result setUp(Live l, String mode, int weight) {
        return api().put("/api/rounds/" + l.roundId() + "/audience", Map.of("mode", mode, "weight", weight), l.org());
    }

    /** A verified voter by email, as a phone would become one. */
    String byEmail() throws Exception {
        String email = Api.uniqueEmail("hall");
        Api.Result sent = api().post("/api/audience/sign-in", Map.of("email", email), null);
        assertThat(sent.status()).as(String.valueOf(sent.body())).isEqualTo(202);
        Api.Result ok = api().post("/api/audience/verify", Map.of("email", email, "code", codeMailedTo(email)), null);
        assertThat(ok.status()).as(String.valueOf(ok.body())).isEqualTo(200);
        return (String) ok.get("token");
    }

    /** A verified voter by ticket: imports a fresh ticket for the session's program and signs in with it. */
    String byTicket(Live l) {
        String code = "T-" + UUID.randomUUID();
        assertThat(api().post(
                                "/api/programs/" + l.season().program().id() + "/audience/tickets",
                                Map.of("codes", List.of(code)),
                                l.org())
                        .status())
                .isEqualTo(200);
        Api.Result pass =
                api().post("/api/live/" + l.sessionId() + "/audience/ticket", Map.of("code", code.toLowerCase()), null);
        assertThat(pass.status()).as(String.valueOf(pass.body())).isEqualTo(200);
        return (String) pass.get("token");
    }

    Api.Result vote(Live l, long slotId, int value, String token, String device) {
        var request = HttpRequest.POST(
                "/api/live/" + l.sessionId() + "/audience/votes", Map.of("slotId", slotId, "value", value));
        if (token != null) {
            request.header("X-Audience-Token", token);
        }
        if (device != null) {
            request.header("X-Audience-Device", device);
        }
        return api().send(request, null);
    }

    static String device() {
        return "phone-" + UUID.randomUUID();
    }

    String codeMailedTo(String email) throws Exception {
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                        .getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT subject FROM mail_outbox WHERE to_address = ? ORDER BY id DESC")) {
            s.setString(1, email.toLowerCase());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a mail to " + email).isTrue();
                Matcher m = CODE.matcher(rs.getString(1));
                assertThat(m.find()).isTrue();
                return m.group(1);
            }
        }
    }

    long countVotes(long slotId) throws Exception {
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                        .getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audience_vote WHERE slot_id = ?")) {
            s.setLong(1, slotId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String type(Api.Result r) {
        return String.valueOf(r.get("type")).replace("https://laurel.dev/problems/", "");
    }

    @Test
    void theHallVotesOncePerPitchWhileItIsOpenAndTheScreenShowsTheStatedCombinedFinal() throws Exception {
        Live l = Lives.create(api(), 3);
        Api.Result setup = setUp(l, "SCORE", 20);
        assertThat(setup.status()).as(String.valueOf(setup.body())).isEqualTo(200);
        assertThat((String) setup.get("formula")).startsWith("final = 80% x judges + 20% x audience");
        long slot = l.slots().get(0);
        String alice = byEmail();
        String bob = byTicket(l);

        // Not before the pitch has been heard.
        Api.Result early = vote(l, slot, 9, alice, device());
        assertThat(early.status()).isEqualTo(409);
        assertThat(type(early)).isEqualTo("voting-closed");
        assertThat(Lives.control(api(), l, "START_PITCH").status()).isEqualTo(200);
        assertThat(vote(l, slot, 9, alice, device()).status()).isEqualTo(409);
        assertThat(Lives.control(api(), l, "OPEN_SCORING").status()).isEqualTo(200);

        String aliceDevice = device();
        assertThat(vote(l, slot, 10, alice, aliceDevice).status()).isEqualTo(201);
        Api.Result twice = vote(l, slot, 3, alice, aliceDevice);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(type(twice)).isEqualTo("already-voted");
        assertThat(vote(l, slot, 11, bob, device()).status()).isEqualTo(400);
        assertThat(vote(l, slot, 7, null, device()).status()).isEqualTo(401);
        assertThat(type(vote(l, slot, 7, "not-a-token", device()))).isEqualTo("audience-token-required");
        assertThat(vote(l, slot, 7, bob, null).status()).isEqualTo(400);
        assertThat(vote(l, l.slots().get(1), 7, bob, device()).status())
                .as("the next pitch is not open yet")
                .isEqualTo(409);
        assertThat(vote(l, slot, 7, bob, device()).status()).isEqualTo(201);

        // The phone's ballot shows the open pitch and the person's own vote.
        Api.Result ballot = api().send(
                        HttpRequest.GET("/api/live/" + l.sessionId() + "/audience")
                                .header("X-Audience-Token", alice),
                        null);
        assertThat(ballot.status()).isEqualTo(200);
        assertThat(((Number) ((Map<String, Object>) ballot.get("open")).get("slotId")).longValue())
                .isEqualTo(slot);
        assertThat(ballot.list("myVotes"))
                .singleElement()
                .satisfies(v -> assertThat(v.get("value")).isEqualTo(10));
        assertThat(api().get("/api/live/" + l.sessionId() + "/audience", null).get("signedIn"))
                .isEqualTo(false);

        // Judges 70, 80, 90 under a trimmed mean (1 dropped each side): 80. The hall: 10 and 7, mean
        // 8.5, so audience = 100 x 7.5 / 9 = 83.33; combined = 0.8 x 80 + 0.2 x 83.33 = 80.67.
        long entry = Lives.entryOfSlot(api(), l, 0);
        double[] judges = {70, 80, 90};
        for (int j = 0; j < 3; j++) {
            assertThat(Lives.score(api(), l, l.judges().get(j), entry, judges[j])
                            .status())
                    .isEqualTo(200);
        }
        Map<String, Object> state =
                (Map<String, Object>) Lives.control(api(), l, "REVEAL").get("state");
        Map<String, Object> audience = (Map<String, Object>) state.get("audience");
        Map<String, Object> revealed = (Map<String, Object>) audience.get("revealed");
        assertThat(((Number) revealed.get("judges")).doubleValue()).isEqualTo(80.0);
        assertThat(((Number) revealed.get("audience")).doubleValue()).isEqualTo(83.33);
        assertThat(((Number) revealed.get("votes")).intValue()).isEqualTo(2);
        assertThat(((Number) revealed.get("combined")).doubleValue()).isEqualTo(80.67);
        Map<String, Object> top = ((List<Map<String, Object>>) state.get("leaderboard")).get(0);
        assertThat(((Number) top.get("score")).doubleValue()).isEqualTo(80.67);
        assertThat(((Number) top.get("judgesScore")).doubleValue()).isEqualTo(80.0);
        assertThat(((Number) top.get("audienceScore")).doubleValue()).isEqualTo(83.33);

        // The reveal closes the vote.
        String carol = byTicket(l);
        assertThat(type(vote(l, slot, 5, carol, device()))).isEqualTo("voting-closed");

        // Votes are in: the weight may change, the mode may not.
        assertThat(setUp(l, "SCORE", 30).status()).isEqualTo(200);
        Api.Result mode = setUp(l, "FAVOURITE", 30);
        assertThat(mode.status()).isEqualTo(409);
        assertThat(type(mode)).isEqualTo("audience-votes-cast");
        List<Map<String, Object>> audit =
                api().get("/api/rounds/" + l.roundId() + "/audit", l.org()).list("items");
        assertThat(audit).anyMatch(a -> "AUDIENCE_VOTE_CONFIGURED".equals(a.get("action")));
    }

    @Test
    void twoHundredConcurrentDuplicatesCountOnce() throws Exception {
        Live l = Lives.create(api(), 2);
        assertThat(setUp(l, "SCORE", 0).status()).isEqualTo(200);
        Lives.control(api(), l, "START_PITCH");
        Lives.control(api(), l, "OPEN_SCORING");
        long slot = l.slots().get(0);
        // One person on two phones (two passes from one ticket is still one person).
        String code = "DUP-" + UUID.randomUUID();
        api().post(
                        "/api/programs/" + l.season().program().id() + "/audience/tickets",
                        Map.of("codes", List.of(code)),
                        l.org());
        // Twenty phones sign in with that ticket at once: each gets a pass (the ticket row is locked,
        // so they share one member instead of racing to create it).
        ExecutorService signIns = Executors.newFixedThreadPool(20);
        List<Future<Api.Result>> passes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            passes.add(signIns.submit(
                    () -> api().post("/api/live/" + l.sessionId() + "/audience/ticket", Map.of("code", code), null)));
        }
        List<String> tokens = new ArrayList<>();
        for (Future<Api.Result> f : passes) {
            Api.Result pass = f.get();
            assertThat(pass.status()).as(String.valueOf(pass.body())).isEqualTo(200);
            tokens.add((String) pass.get("token"));
        }
        signIns.shutdownNow();
        String phone1 = tokens.get(0);
        String phone2 = tokens.get(19);
        assertThat(phone1).isNotEqualTo(phone2);
        String device = device();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String token = i % 2 == 0 ? phone1 : phone2;
                int value = 1 + i % 10;
                sent.add(pool.submit(() -> vote(l, slot, value, token, device).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : sent) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
            assertThat(statuses.stream().filter(s -> s == 409)).hasSize(199);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countVotes(slot)).isEqualTo(1);
    }

    @Test
    void phonesAndNetworksHaveLimits() throws Exception {
        Live l = Lives.create(api(), 2);
        assertThat(setUp(l, "FAVOURITE", 0).status()).isEqualTo(200);
        Lives.control(api(), l, "START_PITCH");
        Lives.control(api(), l, "START_QA");
        long slot = l.slots().get(0);
        assertThat(vote(l, slot, 2, byTicket(l), device()).status())
                .as("a favourite is a single mark")
                .isEqualTo(400);

        // Three people may share a phone; a fourth on the same phone is refused.
        String shared = device();
        for (int i = 0; i < 3; i++) {
            assertThat(vote(l, slot, 1, byTicket(l), shared).status()).isEqualTo(201);
        }
        Api.Result fourth = vote(l, slot, 1, byTicket(l), shared);
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(type(fourth)).isEqualTo("audience-device-limit");
        // This class lets one network cast 12 votes per pitch (the default is high for a hall's Wi-Fi).
        for (int i = 3; i < 12; i++) {
            assertThat(vote(l, slot, 1, byTicket(l), device()).status()).isEqualTo(201);
        }
        Api.Result thirteenth = vote(l, slot, 1, byTicket(l), device());
        assertThat(thirteenth.status()).isEqualTo(429);
        assertThat(type(thirteenth)).isEqualTo("audience-address-limit");
    }

    @Test
    void signInCodesAndTicketsAreCheckedAndOnlyOrganizersSetUpTheVote() throws Exception {
        Live l = Lives.create(api(), 2);
        String email = Api.uniqueEmail("guess");
        assertThat(api().post("/api/audience/sign-in", Map.of("email", email), null)
                        .status())
                .isEqualTo(202);
        Api.Result again = api().post("/api/audience/sign-in", Map.of("email", email), null);
        assertThat(again.status()).as("a second code right away").isEqualTo(429);
        assertThat(again.header("Retry-After")).isNotNull();
        String right = codeMailedTo(email);
        String wrong = right.equals("000000") ? "000001" : "000000";
        Api.Result bad = api().post("/api/audience/verify", Map.of("email", email, "code", wrong), null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(type(bad)).isEqualTo("audience-code-invalid");
        assertThat(api().post("/api/audience/verify", Map.of("email", email, "code", right), null)
                        .status())
                .isEqualTo(200);
        assertThat(api().post("/api/audience/verify", Map.of("email", email, "code", right), null)
                        .status())
                .as("a code works once")
                .isEqualTo(400);
        assertThat(api().post("/api/audience/sign-in", Map.of("email", "not-an-email"), null)
                        .status())
                .isEqualTo(400);

        // The vote is the organizer's to set up, in live rounds only, with a weight of at most half.
        assertThat(setUp(l, "SCORE", 60).status()).isEqualTo(400);
        assertThat(api().put(
                                "/api/rounds/" + l.roundId() + "/audience",
                                Map.of("mode", "SCORE", "weight", 20),
                                l.judges().get(0).token())
                        .status())
                .isEqualTo(403);
        Seasons.Person stranger = new Seasons(api()).person("org", Set.of("ORGANIZER"), "Elsewhere");
        assertThat(api().put(
                                "/api/rounds/" + l.roundId() + "/audience",
                                Map.of("mode", "SCORE", "weight", 20),
                                stranger.token())
                        .status())
                .isIn(403, 404);
        assertThat(api().put("/api/rounds/" + l.roundId() + "/audience", Map.of("mode", "SCORE", "weight", 20), null)
                        .status())
                .isEqualTo(401);
        Api.Result off = api().get("/api/live/" + l.sessionId() + "/audience", null);
        assertThat(type(off)).isEqualTo("audience-vote-off");
        assertThat(setUp(l, "SCORE", 20).status()).isEqualTo(200);

        // Tickets: organizers of the program import them; a wrong one is refused.
        String program = "/api/programs/" + l.season().program().id() + "/audience/tickets";
        assertThat(api().post(program, Map.of("codes", List.of("ABC-123456", "abc-123456", "XYZ-999999")), l.org())
                        .get("imported"))
                .as("codes are case-insensitive")
                .isEqualTo(2);
        assertThat(api().post(program, Map.of("codes", List.of("ABC-123456")), l.org())
                        .get("alreadyKnown"))
                .isEqualTo(1);
        assertThat(api().post(program, Map.of("codes", List.of("no")), l.org()).status())
                .isEqualTo(400);
        assertThat(api().post(program, Map.of("codes", List.of("ABC-777777")), stranger.token())
                        .status())
                .isEqualTo(403);
        assertThat(api().post(program, Map.of("codes", List.of("ABC-777777")), null)
                        .status())
                .isEqualTo(401);
        assertThat(((Number) api().get(program, l.org()).get("total")).intValue())
                .isEqualTo(2);
        Api.Result unknown =
                api().post("/api/live/" + l.sessionId() + "/audience/ticket", Map.of("code", "NOPE-000000"), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(type(unknown)).isEqualTo("audience-ticket-invalid");
        assertThat(api().get("/api/live/99999999/audience", null).status()).isEqualTo(404);
    }
}
