package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.MutableClock;
import org.laurel.support.Outbox;
import org.laurel.support.Seasons;

/** Teams with accounts: invitations, what members may do, ownership, the program's team rules. */
@MicronautTest(transactional = false)
class TeamApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Api api() {
        return new Api(client);
    }

    Seasons seasons() {
        return new Seasons(api());
    }

    record Person(String email, String token, long id) {}

    Person register(String prefix) {
        String email = Api.uniqueEmail(prefix);
        api().register(email, Api.PASSWORD, prefix);
        String token = api().token(email, Api.PASSWORD);
        return new Person(email, token, ((Number) api().get("/api/me", token).get("id")).longValue());
    }

    String invite(long entryId, String email, String ownerToken) throws Exception {
        Api.Result r = api().post(
                        "/api/entries/" + entryId + "/invitations",
                        Map.of("email", email, "role", "Developer"),
                        ownerToken);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(201);
        return Outbox.teamToken(dataSource, email);
    }

    Person member(long entryId, String ownerToken, String prefix) throws Exception {
        Person p = register(prefix);
        String token = invite(entryId, p.email(), ownerToken);
        assertThat(api().post("/api/invitations/" + token + "/accept", Map.of(), p.token())
                        .status())
                .isEqualTo(200);
        return p;
    }

    void setTeamRules(Seasons.Program program, int maxSize, boolean exclusive) {
        Map<String, Object> body = new HashMap<>(program.view());
        body.put("team", Map.of("maxSize", maxSize, "exclusive", exclusive));
        assertThat(api().put("/api/programs/" + program.id(), body, program.organizerToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamOfThreeEditsTogetherAndOnlyTheOwnerSubmits() throws Exception {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant owner = seasons().draft(program);
        Person ana = register("ana");
        Person bo = register("bo");

        String anaToken = invite(owner.entryId(), ana.email(), owner.token());
        assertThat(Outbox.lastSubject(dataSource, ana.email())).contains("Join the team of");
        String boToken = invite(owner.entryId(), bo.email(), owner.token());
        Api.Result pending = api().get("/api/entries/" + owner.entryId() + "/members", owner.token());
        assertThat(pending.list("invitations"))
                .extracting(i -> i.get("email"))
                .containsExactly(ana.email(), bo.email());
        assertThat((List<String>) pending.get("allowedActions")).containsExactly("MANAGE");

        // The invitee sees what the link is about before accepting it.
        Api.Result preview = api().get("/api/invitations/" + anaToken, ana.token());
        assertThat(preview.get("state")).isEqualTo("PENDING");
        assertThat(preview.get("forYou")).isEqualTo(true);

        Api.Result joined = api().post("/api/invitations/" + anaToken + "/accept", Map.of(), ana.token());
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.get("myRole")).isEqualTo("MEMBER");
        assertThat(api().post("/api/invitations/" + boToken + "/accept", Map.of(), bo.token())
                        .status())
                .isEqualTo(200);

        Api.Result team = api().get("/api/entries/" + owner.entryId() + "/members", ana.token());
        assertThat(team.list("members")).extracting(m -> m.get("email")).containsExactly(ana.email(), bo.email());
        assertThat(team.list("members").get(0).get("role")).isEqualTo("Developer");
        assertThat(team.list("invitations")).isEmpty(); // pending invitations are the owner's to see
        assertThat((List<String>) team.get("allowedActions")).containsExactly("LEAVE");

        // A member finds the entry among theirs, reads and edits it; the roster now lists them.
        Api.Result mine = api().get("/api/entries/mine", ana.token());
        assertThat(mine.list("items")).extracting(i -> i.get("myRole")).containsExactly("MEMBER");
        Map<String, Object> body = Seasons.entryBody(program, "Edited by Ana");
        Api.Result edited = api().put("/api/entries/" + owner.entryId(), body, ana.token());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.get("title")).isEqualTo("Edited by Ana");

        // ...but only the owner submits or withdraws, and the member's view says so before they try.
        Api.Result asMember = api().get("/api/entries/" + owner.entryId(), ana.token());
        assertThat(asMember.get("myRole")).isEqualTo("MEMBER");
        assertThat((List<String>) asMember.get("allowedActions")).containsExactly("EDIT");
        assertThat(asMember.list("unavailableActions"))
                .extracting(a -> a.get("action") + ":" + a.get("reason"))
                .containsExactly("SUBMIT:OWNER_ONLY", "WITHDRAW:OWNER_ONLY");
        Api.Result refused = api().post("/api/entries/" + owner.entryId() + "/submit", Map.of(), ana.token());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.get("type").toString()).endsWith("/not-entry-owner");
        assertThat(api().post("/api/entries/" + owner.entryId() + "/withdraw", Map.of(), bo.token())
                        .status())
                .isEqualTo(403);
        assertThat(api().post(
                                "/api/entries/" + owner.entryId() + "/invitations",
                                Map.of("email", "x@y.example"),
                                bo.token())
                        .status())
                .isEqualTo(403);

        assertThat(api().post("/api/entries/" + owner.entryId() + "/submit", Map.of(), owner.token())
                        .status())
                .isEqualTo(200);
        // Everyone on the team is told.
        for (Person p : List.of(ana, bo)) {
            Api.Result notes = api().get("/api/me/notifications", p.token());
            assertThat(notes.list("items")).extracting(n -> n.get("kind")).contains("ENTRY_SUBMITTED");
        }
        // The trail records who joined.
        Api.Result audit = api().get("/api/entries/" + owner.entryId() + "/audit", program.organizerToken());
        assertThat(audit.list("items"))
                .extracting(i -> i.get("action"))
                .contains("TEAM_INVITATION_SENT", "TEAM_MEMBER_JOINED", "ENTRY_SUBMITTED");
    }

    @Test
    void anInvitationWorksOnceForItsOwnAddressAndExpires() throws Exception {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant owner = seasons().draft(program);
        Person invited = register("invited");
        Person stranger = register("stranger");
        String token = invite(owner.entryId(), invited.email(), owner.token());

        Api.Result wrong = api().post("/api/invitations/" + token + "/accept", Map.of(), stranger.token());
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.get("type").toString()).endsWith("/invitation-other-account");
        assertThat(api().get("/api/invitations/" + token, stranger.token()).get("forYou"))
                .isEqualTo(false);
        assertThat(api().post("/api/invitations/nonsense/accept", Map.of(), invited.token())
                        .status())
                .isEqualTo(400);
        assertThat(api().send(HttpRequest.POST("/api/invitations/" + token + "/accept", Map.of()), null)
                        .status())
                .isEqualTo(401);

        assertThat(api().post("/api/invitations/" + token + "/accept", Map.of(), invited.token())
                        .status())
                .isEqualTo(200);
        // A repeated click is harmless; once they left, the link is spent.
        assertThat(api().post("/api/invitations/" + token + "/accept", Map.of(), invited.token())
                        .status())
                .isEqualTo(200);
        assertThat(api().send(
                                HttpRequest.DELETE("/api/entries/" + owner.entryId() + "/members/" + invited.id()),
                                invited.token())
                        .status())
                .isEqualTo(204);
        Api.Result used = api().post("/api/invitations/" + token + "/accept", Map.of(), invited.token());
        assertThat(used.status()).isEqualTo(410);
        assertThat(used.get("type").toString()).endsWith("/invitation-gone");
        assertThat(api().get("/api/entries/" + owner.entryId(), invited.token()).status())
                .isEqualTo(404);

        Person late = register("late");
        String lateToken = invite(owner.entryId(), late.email(), owner.token());
        clock.advance(Duration.ofDays(15));
        Api.Result expired = api().post("/api/invitations/" + lateToken + "/accept", Map.of(), late.token());
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.get("detail").toString()).contains("expired");
        assertThat(api().get("/api/invitations/" + lateToken, late.token()).get("state"))
                .isEqualTo("EXPIRED");
    }

    @Test
    void theOwnerRevokesRemovesAndHandsOverTheEntry() throws Exception {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant owner = seasons().submitted(program);
        long ownerId = ((Number) api().get("/api/me", owner.token()).get("id")).longValue();
        Person ana = member(owner.entryId(), owner.token(), "ana");
        Person bo = member(owner.entryId(), owner.token(), "bo");
        Person cy = register("cy");
        invite(owner.entryId(), cy.email(), owner.token());
        long invitationId = ((Number) api().get("/api/entries/" + owner.entryId() + "/members", owner.token())
                        .list("invitations")
                        .get(0)
                        .get("id"))
                .longValue();
        String base = "/api/entries/" + owner.entryId();

        assertThat(api().send(HttpRequest.DELETE(base + "/invitations/" + invitationId), ana.token())
                        .status())
                .isEqualTo(403);
        assertThat(api().send(HttpRequest.DELETE(base + "/invitations/" + invitationId), owner.token())
                        .status())
                .isEqualTo(204);
        assertThat(api().send(HttpRequest.DELETE(base + "/invitations/" + invitationId), owner.token())
                        .status())
                .isEqualTo(404);
        assertThat(api().post(
                                "/api/invitations/" + Outbox.teamToken(dataSource, cy.email()) + "/accept",
                                Map.of(),
                                cy.token())
                        .status())
                .isEqualTo(410);

        // Members cannot remove each other; the owner removes; the owner cannot leave.
        assertThat(api().send(HttpRequest.DELETE(base + "/members/" + bo.id()), ana.token())
                        .status())
                .isEqualTo(403);
        assertThat(api().send(HttpRequest.DELETE(base + "/members/" + bo.id()), owner.token())
                        .status())
                .isEqualTo(204);
        assertThat(api().get(base, bo.token()).status()).isEqualTo(404);
        assertThat(api().send(HttpRequest.DELETE(base + "/members/" + bo.id()), owner.token())
                        .status())
                .isEqualTo(404);
        Api.Result stays = api().send(HttpRequest.DELETE(base + "/members/" + ownerId), owner.token());
        assertThat(stays.status()).isEqualTo(409);
        assertThat(stays.get("type").toString()).endsWith("/owner-cannot-leave");

        // Handing over: to a member only; then the new owner withdraws and the old one is a member.
        assertThat(api().post(base + "/owner", Map.of("userId", cy.id()), owner.token())
                        .status())
                .isEqualTo(404);
        assertThat(api().post(base + "/owner", Map.of("userId", ana.id()), ana.token())
                        .status())
                .isEqualTo(403);
        Api.Result handed = api().post(base + "/owner", Map.of("userId", ana.id()), owner.token());
        assertThat(handed.status()).isEqualTo(200);
        assertThat(((Number) ((Map<?, ?>) handed.get("owner")).get("userId")).longValue())
                .isEqualTo(ana.id());
        assertThat(handed.get("myRole")).isEqualTo("MEMBER");
        assertThat(api().post(base + "/withdraw", Map.of(), owner.token()).status())
                .isEqualTo(403);
        assertThat(api().post(base + "/withdraw", Map.of(), ana.token()).status())
                .isEqualTo(200);
        assertThat(api().get(base + "/audit", program.organizerToken()).list("items"))
                .extracting(i -> i.get("action"))
                .contains("TEAM_INVITATION_REVOKED", "TEAM_MEMBER_REMOVED", "ENTRY_OWNERSHIP_TRANSFERRED");
    }

    @Test
    void theProgramBoundsTeamSizeAndMayKeepEachPersonOnOneTeam() throws Exception {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        setTeamRules(program, 2, true);
        Seasons.Applicant first = seasons().draft(program);
        Seasons.Applicant second = seasons().draft(program);
        Person ana = register("ana");

        invite(first.entryId(), ana.email(), first.token());
        Api.Result full = api().post(
                        "/api/entries/" + first.entryId() + "/invitations",
                        Map.of("email", "x@z.example"),
                        first.token());
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.get("type").toString()).endsWith("/team-full");
        assertThat(full.get("maxSize")).isEqualTo(2);
        assertThat(api().post(
                                "/api/invitations/" + Outbox.teamToken(dataSource, ana.email()) + "/accept",
                                Map.of(),
                                ana.token())
                        .status())
                .isEqualTo(200);

        String again = invite(second.entryId(), ana.email(), second.token());
        Api.Result exclusive = api().post("/api/invitations/" + again + "/accept", Map.of(), ana.token());
        assertThat(exclusive.status()).isEqualTo(409);
        assertThat(exclusive.get("type").toString()).endsWith("/already-on-team");
        // Inviting someone already on the team is refused too.
        Api.Result twice = api().post(
                        "/api/entries/" + first.entryId() + "/invitations",
                        Map.of("email", ana.email()),
                        first.token());
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void strangersAndOrganizersSeeWhatTheirRoleAllows() throws Exception {
        Seasons.Program program = seasons().openAward(Duration.ofDays(3));
        Seasons.Applicant owner = seasons().draft(program);
        String stranger = api().newUser("stranger", Set.of("APPLICANT"));
        String path = "/api/entries/" + owner.entryId() + "/members";

        assertThat(api().get(path, stranger).status()).isEqualTo(404);
        assertThat(api().get(path, program.organizerToken()).status()).isEqualTo(404); // a draft is private
        assertThat(api().get("/api/entries/999999999/members", owner.token()).status())
                .isEqualTo(404);
        assertThat(api().send(HttpRequest.GET(path), null).status()).isEqualTo(401);
        Api.Result badEmail = api().post(
                        "/api/entries/" + owner.entryId() + "/invitations",
                        Map.of("email", "not an email"),
                        owner.token());
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.fields()).containsExactly("email");
        assertThat(api().post(
                                "/api/entries/" + owner.entryId() + "/invitations",
                                Map.of("email", "a@b.example"),
                                stranger)
                        .status())
                .isEqualTo(404);

        api().post("/api/entries/" + owner.entryId() + "/submit", Map.of(), owner.token());
        Api.Result asOrganizer = api().get(path, program.organizerToken());
        assertThat(asOrganizer.status()).isEqualTo(200);
        assertThat(asOrganizer.get("myRole")).isNull();
        assertThat(asOrganizer.list("invitations")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJudgeOnTheTeamIsConflicted() throws Exception {
        Seasons.Screened season = seasons().screenedAward(1);
        long entryId = season.entryIds().get(0);
        Seasons.Person judge = seasons().person("judge", Set.of("JUDGE"), "Far Away Institute");
        String token = invite(entryId, judge.email(), season.applicantToken());
        assertThat(api().post("/api/invitations/" + token + "/accept", Map.of(), judge.token())
                        .status())
                .isEqualTo(200);
        String org = season.program().organizerToken();
        Map<String, Object> round = new HashMap<>();
        round.put("name", "Review");
        round.put("mode", "ONLINE");
        round.put("aggregation", "MEAN");
        round.put("judgesPerEntry", 1);
        round.put("criteria", List.of(Map.of("name", "Impact", "weight", 1, "min", 0, "max", 10, "step", 1)));
        long roundId = ((Number) api().post("/api/programs/" + season.program().id() + "/rounds", round, org)
                        .get("id"))
                .longValue();
        api().put("/api/rounds/" + roundId + "/panel", Map.of("judgeIds", List.of(judge.id())), org);

        Api.Result r = api().post("/api/rounds/" + roundId + "/assignments/auto", Map.of(), org);

        Map<String, Object> row =
                ((List<Map<String, Object>>) ((Map<String, Object>) r.get("matrix")).get("entries")).get(0);
        assertThat((List<?>) row.get("judgeIds")).isEmpty();
        Map<String, Object> conflict = ((List<Map<String, Object>>) row.get("conflicts")).get(0);
        assertThat(conflict).containsEntry("source", "DETECTED");
        assertThat(conflict.get("reason").toString()).contains("member of the team");
    }
}
