package org.laurel.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Lives;
import org.laurel.support.Lives.Live;
import org.laurel.support.Seasons;

/**
 * Investor matchmaking through the API: investors see only the finalists whose teams share them,
 * and of those only the parts chosen; what they open is in the audit trail; a meeting moves only
 * as its state machine allows, by the side it allows.
 */
@SuppressWarnings("unchecked")
@MicronautTest(transactional = false)
class MatchmakingApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    javax.sql.DataSource dataSource;

    /** The calendars attached to emails of this meeting, by recipient. */
    Map<String, String> invitations(long meetingId) throws Exception {
        Map<String, String> found = new java.util.HashMap<>();
        try (var c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                        .getConnection();
                var st = c.prepareStatement("SELECT to_address, calendar FROM mail_outbox WHERE calendar LIKE ?")) {
            st.setString(1, "%laurel-meeting-" + meetingId + "%");
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return found;
    }

    Api api() {
        return new Api(client);
    }

    record Market(Live live, long programId, long shared, long kept, String owner, String investor, long investorId) {}

    /** A live final of two pitches (both finalists), an invited investor, and the first entry shared (summary only). */
    Market market() {
        Live l = Lives.create(api(), 1);
        long programId = l.season().program().id();
        Seasons.Person person = new Seasons(api()).person("investor", Set.of("APPLICANT"), null);
        Api.Result invited = api().post(
                        "/api/programs/" + programId + "/investors",
                        Map.of(
                                "email",
                                person.email(),
                                "firm",
                                "Harbour Ventures",
                                "focusAreas",
                                List.of("Climate", "Robotics")),
                        l.org());
        assertThat(invited.status()).as(String.valueOf(invited.body())).isEqualTo(201);
        assertThat(invited.get("firm")).isEqualTo("Harbour Ventures");
        assertThat(invited.get("newAccount")).isEqualTo(false);
        // The role is in a fresh token.
        String investor = api().token(person.email(), Api.PASSWORD);
        long shared = l.season().entryIds().get(0);
        Api.Result share = api().put(
                        "/api/entries/" + shared + "/investor-share",
                        Map.of("shared", true, "fields", List.of("SUMMARY"), "fileIds", List.of()),
                        l.season().applicantToken());
        assertThat(share.status()).as(String.valueOf(share.body())).isEqualTo(200);
        return new Market(
                l, programId, shared, l.season().entryIds().get(1), l.season().applicantToken(), investor, person.id());
    }

    static String type(Api.Result r) {
        return String.valueOf(r.get("type")).replace("https://laurel.dev/problems/", "");
    }

    @Test
    void investorsSeeOnlySharedFinalistsAndOnlyTheChosenPartsAndWhatTheyOpenIsAudited() {
        Market m = market();
        Api.Result list = api().get("/api/investor/programs/" + m.programId() + "/projects", m.investor());
        assertThat(list.status()).isEqualTo(200);
        List<Map<String, Object>> items = list.list("items");
        assertThat(items)
                .extracting(i -> ((Number) i.get("entryId")).longValue())
                .containsExactly(m.shared());
        Map<String, Object> p = items.get(0);
        assertThat(p.get("title")).isEqualTo("Entry 0");
        assertThat(p.get("summary")).isNotNull();
        assertThat(p.get("organization")).isNull(); // not chosen, though the entry has one
        assertThat((List<?>) p.get("team")).isEmpty();
        assertThat((List<?>) p.get("files")).isEmpty();
        assertThat(p.get("stage")).isNotNull();
        assertThat(p.get("scoreBand")).isNull();
        assertThat(p.get("canRequestMeeting")).isEqualTo(true);
        assertThat(p.get("timeZone"))
                .isEqualTo(m.live().season().program().view().get("timeZone"));

        // The other entry is not shared: 404, as for an id that does not exist.
        assertThat(type(api().get("/api/investor/projects/" + m.kept(), m.investor())))
                .isEqualTo("project-not-found");
        assertThat(api().get("/api/investor/projects/999999999", m.investor()).status())
                .isEqualTo(404);

        Api.Result opened = api().get("/api/investor/projects/" + m.shared(), m.investor());
        assertThat(opened.status()).isEqualTo(200);
        List<Map<String, Object>> audit = api().get(
                        "/api/programs/" + m.programId() + "/audit", m.live().org())
                .list("items");
        assertThat(audit)
                .filteredOn(a -> "INVESTOR_VIEWED_PROJECT".equals(a.get("action")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(((Number) a.get("entryId")).longValue()).isEqualTo(m.shared());
                    assertThat(((Number) a.get("actorId")).longValue()).isEqualTo(m.investorId());
                    assertThat((String) a.get("after")).contains("summary").doesNotContain("team");
                });
        assertThat(audit).extracting(a -> a.get("action")).contains("INVESTOR_INVITED");
        // The list the investor browsed is on record too, with the project it showed.
        assertThat(audit)
                .filteredOn(a -> "INVESTOR_BROWSED_PROJECTS".equals(a.get("action")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat((String) a.get("after")).contains(String.valueOf(m.shared())));

        // Interest, marked and shown back.
        Api.Result liked = api().put(
                        "/api/investor/projects/" + m.shared() + "/interest", Map.of("interested", true), m.investor());
        assertThat(liked.get("interested")).isEqualTo(true);

        // The owner widens the share: the organization now shows; a file of another entry is refused.
        assertThat(api().put(
                                "/api/entries/" + m.shared() + "/investor-share",
                                Map.of(
                                        "shared",
                                        true,
                                        "fields",
                                        List.of("SUMMARY", "ORGANIZATION", "FILES"),
                                        "fileIds",
                                        List.of(424242)),
                                m.owner())
                        .status())
                .isEqualTo(400);
        api().put(
                        "/api/entries/" + m.shared() + "/investor-share",
                        Map.of("shared", true, "fields", List.of("SUMMARY", "ORGANIZATION"), "fileIds", List.of()),
                        m.owner());
        assertThat(api().get("/api/investor/projects/" + m.shared(), m.investor())
                        .get("organization"))
                .isEqualTo("Startup 0");
        // ... and stops sharing: gone.
        api().put(
                        "/api/entries/" + m.shared() + "/investor-share",
                        Map.of("shared", false, "fields", List.of(), "fileIds", List.of()),
                        m.owner());
        assertThat(api().get("/api/investor/programs/" + m.programId() + "/projects", m.investor())
                        .list("items"))
                .isEmpty();
    }

    @Test
    void investorsDownloadOnlyTheFilesTheTeamSharesAndEachDownloadIsAudited() throws Exception {
        Market m = market();
        long deck = upload(m, "deck.pdf");
        long plan = upload(m, "plan.pdf");
        String path = "/api/investor/projects/" + m.shared() + "/files/";
        // Shared without FILES: no file, as if none existed.
        assertThat(type(api().get(path + deck, m.investor()))).isEqualTo("attachment-not-found");
        assertThat(api().put(
                                "/api/entries/" + m.shared() + "/investor-share",
                                Map.of("shared", true, "fields", List.of("FILES"), "fileIds", List.of(deck)),
                                m.owner())
                        .status())
                .isEqualTo(200);
        Api.Result got = api().get(path + deck, m.investor());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.header("Content-Disposition")).contains("deck.pdf");
        assertThat(got.header("Cache-Control")).contains("no-store");
        // The other file was not chosen; an id of another entry or none at all: 404 alike.
        assertThat(type(api().get(path + plan, m.investor()))).isEqualTo("attachment-not-found");
        assertThat(api().get(path + 999999999, m.investor()).status()).isEqualTo(404);
        assertThat(api().get("/api/investor/projects/" + m.kept() + "/files/" + deck, m.investor())
                        .status())
                .isEqualTo(404);
        // Nobody else downloads through the investors' door.
        assertThat(api().get(path + deck, null).status()).isEqualTo(401);
        assertThat(api().get(path + deck, m.owner()).status()).isEqualTo(403);
        String other = api().newUser("other-investor", Set.of("INVESTOR"));
        assertThat(api().get(path + deck, other).status()).isEqualTo(404);
        // Once the team takes the file back (here: files no longer shared), it is gone for investors.
        assertThat(api().put(
                                "/api/entries/" + m.shared() + "/investor-share",
                                Map.of("shared", true, "fields", List.of("SUMMARY"), "fileIds", List.of()),
                                m.owner())
                        .status())
                .isEqualTo(200);
        assertThat(api().get(path + deck, m.investor()).status()).isEqualTo(404);
        assertThat((List<?>) api().get("/api/investor/projects/" + m.shared(), m.investor())
                        .get("files"))
                .isEmpty();

        List<Map<String, Object>> audit = api().get(
                        "/api/programs/" + m.programId() + "/audit", m.live().org())
                .list("items");
        assertThat(audit)
                .filteredOn(a -> "INVESTOR_DOWNLOADED_FILE".equals(a.get("action")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(((Number) a.get("actorId")).longValue()).isEqualTo(m.investorId());
                    assertThat((String) a.get("after")).contains("deck.pdf");
                });
    }

    @Inject
    org.laurel.storage.ObjectStore objects;

    /**
     * A file the team attached before submitting (the entry is no longer editable, so not through
     * the upload endpoint): the object in the store and its row, as an upload leaves them.
     */
    long upload(Market m, String name) throws Exception {
        String key = "test-" + java.util.UUID.randomUUID();
        java.nio.file.Path staged = objects.newStagingFile();
        java.nio.file.Files.writeString(staged, "%PDF-1.4\n%%EOF\n");
        objects.put(key, staged);
        try (var c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                        .getConnection();
                var st = c.prepareStatement(
                        "INSERT INTO attachment (entry_id, file_name, content_type, size_bytes, sha256, storage_name,"
                                + " created_at) VALUES (?, ?, 'application/pdf', 15, ?, ?, ?)",
                        new String[] {"id"})) {
            st.setLong(1, m.shared());
            st.setString(2, name);
            st.setString(3, "0".repeat(64));
            st.setString(4, key);
            st.setTimestamp(5, java.sql.Timestamp.from(Instant.now()));
            st.executeUpdate();
            try (var keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Test
    void onlyInvitedInvestorsBrowseAndOnlyOwnersChooseWhatIsShared() {
        Market m = market();
        Seasons.Person stranger = new Seasons(api()).person("stranger", Set.of("APPLICANT"), null);
        String other = api().newUser("other-investor", Set.of("INVESTOR"));
        assertThat(api().get("/api/investor/programs/" + m.programId() + "/projects", null)
                        .status())
                .isEqualTo(401);
        assertThat(api().get("/api/investor/programs/" + m.programId() + "/projects", stranger.token())
                        .status())
                .isEqualTo(403);
        assertThat(type(api().get("/api/investor/programs/" + m.programId() + "/projects", other)))
                .isEqualTo("investor-not-invited");
        // An investor of another program learns nothing of this one's entries, not even that they exist.
        assertThat(type(api().get("/api/investor/projects/" + m.shared(), other)))
                .isEqualTo("project-not-found");
        assertThat(api().get("/api/investor/programs", other).list("items")).isEmpty();
        assertThat(api().get("/api/investor/programs", m.investor()).list("items"))
                .singleElement()
                .satisfies(p -> assertThat(p.get("firm")).isEqualTo("Harbour Ventures"));
        assertThat(api().put(
                                "/api/entries/" + m.shared() + "/investor-share",
                                Map.of("shared", true, "fields", List.of("TEAM"), "fileIds", List.of()),
                                stranger.token())
                        .status())
                .isIn(403, 404);
        assertThat(api().post(
                                "/api/programs/" + m.programId() + "/investors",
                                Map.of("email", "x@example.com", "firm", "F", "focusAreas", List.of()),
                                stranger.token())
                        .status())
                .isEqualTo(403);
        Api.Result noName = api().post(
                        "/api/programs/" + m.programId() + "/investors",
                        Map.of("email", Api.uniqueEmail("fresh"), "firm", "F", "focusAreas", List.of()),
                        m.live().org());
        assertThat(noName.status()).isEqualTo(400);
        Api.Result fresh = api().post(
                        "/api/programs/" + m.programId() + "/investors",
                        Map.of(
                                "email",
                                Api.uniqueEmail("fresh"),
                                "displayName",
                                "Fresh Capital",
                                "firm",
                                "F",
                                "focusAreas",
                                List.of()),
                        m.live().org());
        assertThat(fresh.get("newAccount")).isEqualTo(true);
        assertThat(api().get(
                                "/api/programs/" + m.programId() + "/investors",
                                m.live().org())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aMeetingMovesOnlyAsItsStateMachineAllowsAndTheBoardCountsIt() throws Exception {
        Market m = market();
        Instant t1 = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Instant t2 = t1.plus(1, ChronoUnit.HOURS);
        String path = "/api/investor/projects/" + m.shared() + "/meetings";
        Api.Result past = api().post(
                        path,
                        Map.of(
                                "proposedTimes",
                                List.of(Instant.now().minusSeconds(60).toString()),
                                "minutes",
                                30,
                                "message",
                                "Hi"),
                        m.investor());
        assertThat(past.status()).isEqualTo(400);
        Api.Result asked = api().post(
                        path,
                        Map.of(
                                "proposedTimes",
                                List.of(t2.toString(), t1.toString()),
                                "minutes",
                                30,
                                "message",
                                "Coffee at the expo?"),
                        m.investor());
        assertThat(asked.status()).as(String.valueOf(asked.body())).isEqualTo(201);
        assertThat(asked.get("status")).isEqualTo("REQUESTED");
        assertThat((List<String>) asked.get("allowedActions")).containsExactly("CANCEL");
        assertThat(asked.get("timeZone"))
                .isEqualTo(m.live().season().program().view().get("timeZone"));
        long id = ((Number) asked.get("id")).longValue();
        // While it is open the project says no other request may be made (the server's rule, shown).
        assertThat(api().get("/api/investor/projects/" + m.shared(), m.investor())
                        .get("canRequestMeeting"))
                .isEqualTo(false);
        assertThat(type(api().post(
                                path,
                                Map.of("proposedTimes", List.of(t1.toString()), "minutes", 30, "message", "Again"),
                                m.investor())))
                .isEqualTo("meeting-open");
        assertThat(api().post(
                                "/api/investor/projects/" + m.kept() + "/meetings",
                                Map.of("proposedTimes", List.of(t1.toString()), "minutes", 30, "message", "Hi"),
                                m.investor())
                        .status())
                .isEqualTo(404);

        // The team sees it with its own steps; the investor cannot accept their own request.
        List<Map<String, Object>> mine =
                api().get("/api/entries/" + m.shared() + "/meetings", m.owner()).list("items");
        assertThat(mine)
                .singleElement()
                .satisfies(x -> assertThat((List<String>) x.get("allowedActions"))
                        .containsExactlyInAnyOrder("ACCEPT", "DECLINE"));
        assertThat(api().get("/api/entries/" + m.shared() + "/meetings", m.investor())
                        .status())
                .isEqualTo(404);
        assertThat(api().post("/api/meetings/" + id + "/accept", Map.of("startsAt", t1.toString()), m.investor())
                        .status())
                .isEqualTo(404);
        assertThat(api().post(
                                "/api/meetings/" + id + "/accept",
                                Map.of("startsAt", t1.plusSeconds(60).toString()),
                                m.owner())
                        .status())
                .isEqualTo(400);
        Api.Result accepted = api().post(
                        "/api/meetings/" + id + "/accept",
                        Map.of("startsAt", t1.toString(), "location", "Hall C, table 4"),
                        m.owner());
        assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(200);
        assertThat(accepted.get("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.get("startsAt")).isEqualTo(t1.toString());
        assertThat((List<String>) accepted.get("allowedActions")).containsExactly("CANCEL");
        assertThat(type(api().post("/api/meetings/" + id + "/decline", Map.of(), m.owner())))
                .isEqualTo("meeting-step-not-allowed");
        // Both sides got an email with the same calendar event (the team's owner and the investor).
        Map<String, String> sent = invitations(id);
        assertThat(sent).hasSize(2);
        assertThat(sent.values())
                .allSatisfy(ics -> assertThat(ics)
                        .contains("BEGIN:VEVENT", "UID:laurel-meeting-" + id, "LOCATION:Hall C\\, table 4")
                        .contains("DTSTART:"
                                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                        .withZone(java.time.ZoneOffset.UTC)
                                        .format(t1)));

        // The board counts it; the export lists it.
        Api.Result board = api().get(
                        "/api/programs/" + m.programId() + "/matchmaking",
                        m.live().org());
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.list("investors")).singleElement().satisfies(r -> {
            assertThat(r.get("requests")).isEqualTo(1);
            assertThat(r.get("accepted")).isEqualTo(1);
        });
        assertThat(board.list("projects")).extracting(r -> r.get("title")).containsExactly("Entry 0");
        Api.Result csv = api().get(
                        "/api/programs/" + m.programId() + "/matchmaking/export",
                        m.live().org());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(api().get("/api/programs/" + m.programId() + "/matchmaking", m.investor())
                        .status())
                .isEqualTo(403);

        // The investor calls it off; a new request may follow, which the team declines.
        Api.Result cancelled =
                api().post("/api/meetings/" + id + "/cancel", Map.of("reply", "Plans changed"), m.investor());
        assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
        assertThat((List<String>) cancelled.get("allowedActions")).isEmpty();
        Api.Result again = api().post(
                        path,
                        Map.of("proposedTimes", List.of(t2.toString()), "minutes", 45, "message", "Another slot?"),
                        m.investor());
        assertThat(again.status()).isEqualTo(201);
        long second = ((Number) again.get("id")).longValue();
        Api.Result declined =
                api().post("/api/meetings/" + second + "/decline", Map.of("reply", "Fully booked"), m.owner());
        assertThat(declined.get("status")).isEqualTo("DECLINED");
        assertThat(api().post("/api/meetings/" + second + "/cancel", Map.of(), m.investor())
                        .status())
                .isEqualTo(409);

        List<Map<String, Object>> audit = api().get(
                        "/api/programs/" + m.programId() + "/audit", m.live().org())
                .list("items");
        assertThat(audit)
                .extracting(a -> a.get("action"))
                .contains("MEETING_REQUESTED", "MEETING_ACCEPTED", "MEETING_CANCELLED", "MEETING_DECLINED");
    }
}
