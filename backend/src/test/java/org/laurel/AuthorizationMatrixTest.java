package org.laurel;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.StreamingHttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;
import org.laurel.support.Seasons;
import reactor.core.publisher.Flux;

/**
 * The authorization matrix: every endpoint the server routes, called by every kind of caller
 * with real ids from one seeded season, asserting the status and that no foreign data is in the
 * body. The endpoints come from the running router, so a new endpoint without a row here fails
 * the test, and so does a row whose endpoint is gone.
 *
 * <p>Columns (in this order in every row): anonymous, applicant owner, another applicant,
 * assigned judge, unassigned judge, conflicted judge, organizer of this program, organizer of
 * another program, admin. A status token is a code, or {@code ok} for "let through, then
 * answered on the merits" (2xx, 400 or 409). Rows run in order, refused callers first, so the
 * one write a row lets through happens after every refusal was checked; writes that would break
 * later rows act on throwaway ids, and the rows that close the round run last.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest {

    enum Who {
        ANONYMOUS,
        OWNER,
        OTHER_APPLICANT,
        ASSIGNED_JUDGE,
        UNASSIGNED_JUDGE,
        CONFLICTED_JUDGE,
        ORGANIZER,
        OTHER_ORGANIZER,
        ADMIN
    }

    /** A caller, and the column whose expectations apply to them. */
    record Caller(String name, Function<World, String> token, Who column) {}

    /**
     * Who calls. A caller that must be treated like another (a deactivated account is treated as
     * anonymous: 401 wherever a sign-in is needed) is one more line naming that column.
     */
    static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", w -> null, Who.ANONYMOUS),
            new Caller("applicant owner", w -> w.owner.token(), Who.OWNER),
            new Caller("another applicant", w -> w.otherApplicant.token(), Who.OTHER_APPLICANT),
            new Caller("assigned judge", w -> w.assignedJudge.token(), Who.ASSIGNED_JUDGE),
            new Caller("unassigned judge", w -> w.unassignedJudge.token(), Who.UNASSIGNED_JUDGE),
            new Caller("conflicted judge", w -> w.conflictedJudge.token(), Who.CONFLICTED_JUDGE),
            new Caller("organizer of this program", w -> w.organizer.token(), Who.ORGANIZER),
            new Caller("organizer of another program", w -> w.otherOrganizer.token(), Who.OTHER_ORGANIZER),
            new Caller("admin", w -> w.admin, Who.ADMIN),
            new Caller("deactivated account (held every role)", w -> w.deactivated.token(), Who.ANONYMOUS));

    /** Private data that must not reach callers who have no business seeing it. */
    enum Secret {
        OWNER_EMAIL,
        OWNER_TITLE,
        OWNER_ANSWER,
        OWNER_ORGANIZATION,
        FILE_NAMES,
        JUDGE_EMAILS
    }

    static final Map<Who, Set<Secret>> FORBIDDEN = Map.of(
            Who.ANONYMOUS, EnumSet.allOf(Secret.class),
            Who.OWNER, EnumSet.of(Secret.JUDGE_EMAILS),
            Who.OTHER_APPLICANT, EnumSet.allOf(Secret.class),
            Who.ASSIGNED_JUDGE,
                    EnumSet.of(Secret.OWNER_EMAIL, Secret.OWNER_ORGANIZATION, Secret.FILE_NAMES, Secret.JUDGE_EMAILS),
            Who.UNASSIGNED_JUDGE, EnumSet.allOf(Secret.class),
            Who.CONFLICTED_JUDGE, EnumSet.allOf(Secret.class),
            Who.ORGANIZER, EnumSet.noneOf(Secret.class),
            Who.OTHER_ORGANIZER,
                    EnumSet.of(
                            Secret.OWNER_EMAIL,
                            Secret.OWNER_TITLE,
                            Secret.OWNER_ANSWER,
                            Secret.OWNER_ORGANIZATION,
                            Secret.FILE_NAMES),
            Who.ADMIN,
                    EnumSet.of(Secret.OWNER_TITLE, Secret.OWNER_ANSWER, Secret.OWNER_ORGANIZATION, Secret.FILE_NAMES));

    static final String ALL_401 = "401 401 401 401 401 401 401 401 401";
    static final String PUBLIC = "200 200 200 200 200 200 200 200 200";
    static final String SIGNED_IN = "401 200 200 200 200 200 200 200 200";
    static final String ADMIN_ONLY = "401 403 403 403 403 403 403 403 200";
    static final String ORGANIZERS = "401 403 403 403 403 403 200 200 403";
    /** Organizer endpoints on this program's resources: another organizer knows they exist (the program is public). */
    static final String THIS_ORGANIZER = "401 403 403 403 403 403 200 403 403";

    static final String JUDGES = "401 403 403 200 200 200 403 403 403";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    @Client("/")
    StreamingHttpClient streaming;

    @Inject
    Router router;

    @Test
    void everyEndpointAnswersEveryCallerAsTheMatrixSaysAndLeaksNothingForeign() {
        World w = new World(new Api(client));
        List<Row> rows = rows();

        Set<String> routed = routes();
        Set<String> covered =
                rows.stream().filter(r -> r.route != null).map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(routed))
                .as("endpoints without a row in the authorization matrix")
                .isSubsetOf(covered);
        assertThat(covered).as("rows for endpoints the server no longer routes").isSubsetOf(routed);

        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Row row : rows) {
            if (row.step != null) {
                row.step.accept(w);
                continue;
            }
            String[] expected = row.expected.split(" ");
            assertThat(expected).as(row.key()).hasSize(Who.values().length);
            // Refusals first: the write a row lets through must not hide a refusal after it.
            List<Caller> order = new ArrayList<>(CALLERS);
            order.sort((a, b) -> Boolean.compare(
                    allows(expected[a.column().ordinal()]),
                    allows(expected[b.column().ordinal()])));
            for (Caller caller : order) {
                String want = expected[caller.column().ordinal()];
                String path = row.path.apply(w);
                Answer answer = call(
                        row,
                        path,
                        row.body == null ? null : row.body.apply(w),
                        caller.token().apply(w));
                calls++;
                String where = row.method + " " + path + " as " + caller.name();
                if (!matches(want, answer.status)) {
                    failures.add(
                            where + ": expected " + want + ", got " + answer.status + " " + abbreviate(answer.body));
                    continue;
                }
                if (row.html && !answer.contentType.startsWith("text/html")) {
                    failures.add(where + ": a page served as " + answer.contentType);
                }
                if (answer.status >= 400 && !row.oauth && !answer.contentType.startsWith("application/problem+json")) {
                    failures.add(where + ": a refusal as " + answer.contentType + " rather than problem+json");
                }
                for (Secret secret : FORBIDDEN.get(caller.column())) {
                    if (row.reveals.contains(secret) && answer.status < 300) {
                        continue;
                    }
                    for (String value : w.values(secret, caller.column())) {
                        if (answer.body.contains(value)) {
                            failures.add(where + ": the body shows " + secret + " (" + value + ")");
                        }
                    }
                }
            }
        }
        assertThat(failures)
                .as("%d calls over %d endpoints", calls, covered.size())
                .isEmpty();
    }

    private Set<String> routes() {
        return new TreeSet<>(org.laurel.support.Endpoints.of(router).keySet());
    }

    private static boolean allows(String token) {
        return token.equals("ok") || token.startsWith("2");
    }

    private static boolean matches(String want, int status) {
        if (want.equals("ok")) {
            return status >= 200 && status < 300 || status == 400 || status == 409;
        }
        return Integer.parseInt(want) == status;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    // ---- the rows -------------------------------------------------------------------------

    static final class Row {
        String method;
        String route;
        Function<World, String> path;
        Function<World, Object> body;
        String expected;
        Set<Secret> reveals = EnumSet.noneOf(Secret.class);
        boolean stream;
        boolean html;
        boolean oauth;
        Consumer<World> step;

        String key() {
            return method + " " + route;
        }

        Row reveals(Secret... secrets) {
            reveals.addAll(List.of(secrets));
            return this;
        }

        Row oauthErrors() {
            oauth = true;
            return this;
        }

        Row streamed() {
            stream = true;
            return this;
        }
    }

    private static Row row(
            String method, String route, Function<World, String> path, Function<World, Object> body, String expected) {
        Row r = new Row();
        r.method = method;
        r.route = route;
        r.path = path;
        r.body = body;
        r.expected = expected;
        return r;
    }

    private static Row get(String route, Function<World, String> path, String expected) {
        return row("GET", route, path, null, expected);
    }

    private static Row post(String route, Function<World, String> path, Function<World, Object> body, String expected) {
        return row("POST", route, path, body, expected);
    }

    private static Row put(String route, Function<World, String> path, Function<World, Object> body, String expected) {
        return row("PUT", route, path, body, expected);
    }

    private static Row delete(String route, Function<World, String> path, String expected) {
        return row("DELETE", route, path, null, expected);
    }

    /** A page of the single-page app: not a route (the static resources and the 404 fallback serve it), HTML for everybody. */
    private static Row page(String path) {
        Row r = row("GET", null, w -> path, null, PUBLIC);
        r.html = true;
        return r;
    }

    private static Row step(Consumer<World> step) {
        Row r = new Row();
        r.step = step;
        return r;
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // ---- operations, identity ---------------------------------------------------------------
        // Status only; the management endpoints (health details, liveness, readiness, metrics) are on their own port.
        rows.add(get("/health", w -> "/health", PUBLIC));
        // Not routes but served to everybody: the app's pages (deep links included) and its assets.
        rows.add(page("/"));
        rows.add(page("/programs/" + 1));
        rows.add(page("/my/entries"));
        // Refresh tokens never travel in a URL (logs, proxies, browser history): the token endpoint is POST only.
        rows.add(row(
                "GET",
                null,
                w -> "/api/auth/token?grant_type=refresh_token&refresh_token=x",
                null,
                "405 405 405 405 405 405 405 405 405"));
        rows.add(post(
                "/api/auth/register",
                w -> "/api/auth/register",
                w -> Map.of("email", Api.uniqueEmail("reg"), "password", Api.PASSWORD, "displayName", "Reg"),
                "201 201 201 201 201 201 201 201 201"));
        rows.add(post(
                "/api/auth/login",
                w -> "/api/auth/login",
                w -> Map.of("username", w.spare.email(), "password", Api.PASSWORD),
                PUBLIC));
        rows.add(post(
                "/api/auth/token",
                w -> "/api/auth/token",
                w -> "grant_type=refresh_token&refresh_token=not-a-token",
                "400 400 400 400 400 400 400 400 400"));
        // With a refresh token, signing out ends that session only (an unknown one: nothing to end).
        rows.add(post(
                "/api/auth/logout",
                w -> "/api/auth/logout",
                w -> Map.of("refresh_token", "not-a-token"),
                "204 204 204 204 204 204 204 204 204"));
        // Asking for a reset link answers the same for everyone, registered or not.
        rows.add(post(
                "/api/auth/password-reset",
                w -> "/api/auth/password-reset",
                w -> Map.of("email", Api.uniqueEmail("nobody")),
                "202 202 202 202 202 202 202 202 202"));
        rows.add(post(
                "/api/auth/password-reset/confirm",
                w -> "/api/auth/password-reset/confirm",
                w -> Map.of("token", "not-a-token", "newPassword", "long-enough-password"),
                "400 400 400 400 400 400 400 400 400"));
        rows.add(get("/api/me", w -> "/api/me", SIGNED_IN));
        rows.add(put("/api/me", w -> "/api/me", w -> Map.of(), SIGNED_IN));
        // A wrong current password (the world's accounts keep theirs): 400 for every signed-in role.
        rows.add(post(
                "/api/me/password",
                w -> "/api/me/password",
                w -> Map.of("currentPassword", "not-the-password", "newPassword", "long-enough-password"),
                "401 400 400 400 400 400 400 400 400"));
        rows.add(get("/api/me/notifications", w -> "/api/me/notifications", SIGNED_IN));
        rows.add(post(
                "/api/me/notifications/{id}/read",
                w -> "/api/me/notifications/" + w.ownerNotification + "/read",
                w -> Map.of(),
                "401 200 404 404 404 404 404 404 404"));
        rows.add(post(
                "/api/me/notifications/read-all",
                w -> "/api/me/notifications/read-all",
                w -> Map.of(),
                "401 204 204 204 204 204 204 204 204"));
        rows.add(get("/api/admin/users", w -> "/api/admin/users", ADMIN_ONLY));
        rows.add(get("/api/admin/users/{id}", w -> "/api/admin/users/" + w.owner.id(), ADMIN_ONLY));
        rows.add(post(
                "/api/admin/users",
                w -> "/api/admin/users",
                w -> Map.of(
                        "email",
                        Api.uniqueEmail("made"),
                        "password",
                        Api.PASSWORD,
                        "displayName",
                        "Made",
                        "roles",
                        List.of("APPLICANT")),
                "401 403 403 403 403 403 403 403 201"));
        rows.add(put(
                "/api/admin/users/{id}/roles",
                w -> "/api/admin/users/" + w.spare.id() + "/roles",
                w -> Map.of("roles", List.of("APPLICANT")),
                ADMIN_ONLY));
        rows.add(put(
                "/api/admin/users/{id}/status",
                w -> "/api/admin/users/" + w.spare.id() + "/status",
                w -> Map.of("active", true),
                ADMIN_ONLY));
        rows.add(post(
                "/api/admin/users/{id}/password-reset",
                w -> "/api/admin/users/" + w.spare.id() + "/password-reset",
                w -> Map.of(),
                "401 403 403 403 403 403 403 403 202"));
        rows.add(post(
                "/api/admin/users/import",
                w -> "/api/admin/users/import",
                w -> new Csv("email,name\n" + Api.uniqueEmail("imported") + ",Imported judge\n"),
                ADMIN_ONLY));
        // A signed file link is its own credential; one that was never issued is unknown to everybody.
        rows.add(get("/api/files/{token}", w -> "/api/files/1.2.3.4.forged", "404 404 404 404 404 404 404 404 404"));
        // The outbox shows the emails going out (an entry's title is in its applicant's receipt): an operator's view.
        rows.add(get("/api/admin/outbox", w -> "/api/admin/outbox", ADMIN_ONLY).reveals(Secret.OWNER_TITLE));
        // The suite's database is in memory or PostgreSQL: the online H2 backup answers the admin 409 there.
        rows.add(post(
                "/api/admin/backups", w -> "/api/admin/backups", w -> Map.of(), "401 403 403 403 403 403 403 403 ok"));
        rows.add(get("/api/judges", w -> "/api/judges", ORGANIZERS));
        rows.add(post("/api/audit/verify", w -> "/api/audit/verify", w -> Map.of(), ADMIN_ONLY));

        // ---- programs ---------------------------------------------------------------------------
        rows.add(get("/api/programs", w -> "/api/programs", PUBLIC));
        rows.add(get("/api/organize/overview", w -> "/api/organize/overview", ORGANIZERS));
        rows.add(get("/api/programs/{id}", w -> "/api/programs/" + w.program, PUBLIC));
        rows.add(get("/api/programs/slug/{slug}", w -> "/api/programs/slug/" + w.slug, PUBLIC));
        rows.add(post(
                "/api/programs",
                w -> "/api/programs",
                w -> Seasons.awardBody(
                        "Made " + UUID.randomUUID(),
                        Instant.now(),
                        Instant.now().plus(Duration.ofDays(1))),
                "401 403 403 403 403 403 201 201 403"));
        rows.add(put("/api/programs/{id}", w -> "/api/programs/" + w.program, w -> w.programBody(), THIS_ORGANIZER));
        rows.add(post(
                "/api/programs/{id}/publish",
                w -> "/api/programs/" + w.program + "/publish",
                w -> Map.of(),
                "401 403 403 403 403 403 ok 403 403"));
        rows.add(get("/api/programs/{id}/audit", w -> "/api/programs/" + w.program + "/audit", THIS_ORGANIZER));
        rows.add(post(
                "/api/programs/{id}/audit/verify",
                w -> "/api/programs/" + w.program + "/audit/verify",
                w -> Map.of(),
                THIS_ORGANIZER));
        // The logo: set by this program's organizers, then public with the (published) program, then removed.
        rows.add(put(
                "/api/programs/{id}/logo",
                w -> "/api/programs/" + w.program + "/logo",
                w -> MultipartBody.builder()
                        .addPart("file", "logo.png", MediaType.IMAGE_PNG_TYPE, World.png())
                        .build(),
                THIS_ORGANIZER));
        rows.add(get("/api/programs/{id}/logo", w -> "/api/programs/" + w.program + "/logo", PUBLIC));
        rows.add(delete("/api/programs/{id}/logo", w -> "/api/programs/" + w.program + "/logo", THIS_ORGANIZER));
        // The certificates' signature: this program's organizers only, never public, then removed.
        rows.add(put(
                "/api/programs/{id}/signature",
                w -> "/api/programs/" + w.program + "/signature",
                w -> MultipartBody.builder()
                        .addPart("file", "signature.png", MediaType.IMAGE_PNG_TYPE, World.png())
                        .build(),
                THIS_ORGANIZER));
        rows.add(get("/api/programs/{id}/signature", w -> "/api/programs/" + w.program + "/signature", THIS_ORGANIZER));
        rows.add(delete(
                "/api/programs/{id}/signature", w -> "/api/programs/" + w.program + "/signature", THIS_ORGANIZER));
        rows.add(
                get("/api/programs/{programId}/rounds", w -> "/api/programs/" + w.program + "/rounds", THIS_ORGANIZER));
        // A new round would become the program's final one: it goes to the live program.
        rows.add(post(
                "/api/programs/{programId}/rounds",
                w -> "/api/programs/" + w.liveProgram + "/rounds",
                w -> w.roundBody(false),
                "401 403 403 403 403 403 201 403 403"));
        rows.add(get("/api/rounds/{id}", w -> "/api/rounds/" + w.round, THIS_ORGANIZER));
        rows.add(put(
                "/api/rounds/{id}",
                w -> "/api/rounds/" + w.round,
                w -> w.currentRound(),
                "401 403 403 403 403 403 ok 403 403"));

        // ---- entries ----------------------------------------------------------------------------
        rows.add(post(
                "/api/programs/{programId}/entries",
                w -> "/api/programs/" + w.program + "/entries",
                w -> Seasons.entryBody(w.programView, "Another entry"),
                "401 201 201 403 403 403 403 403 403"));
        rows.add(get(
                "/api/programs/{programId}/entries", w -> "/api/programs/" + w.program + "/entries", THIS_ORGANIZER));
        rows.add(get(
                "/api/programs/{programId}/entries/export",
                w -> "/api/programs/" + w.program + "/entries/export",
                THIS_ORGANIZER));
        rows.add(post(
                "/api/programs/{programId}/entries/eligibility",
                w -> "/api/programs/" + w.program + "/entries/eligibility",
                w -> Map.of("entryIds", List.of(w.entry), "eligible", true),
                THIS_ORGANIZER));
        rows.add(get(
                "/api/programs/{programId}/entries/counts",
                w -> "/api/programs/" + w.program + "/entries/counts",
                THIS_ORGANIZER));
        rows.add(post(
                "/api/programs/{programId}/entries/eligibility/matching/preview",
                w -> "/api/programs/" + w.program + "/entries/eligibility/matching/preview",
                w -> Map.of("status", "ELIGIBLE", "eligible", true),
                THIS_ORGANIZER));
        rows.add(post(
                "/api/programs/{programId}/entries/eligibility/matching",
                w -> "/api/programs/" + w.program + "/entries/eligibility/matching",
                w -> Map.of("status", "ELIGIBLE", "q", "no entry is called this", "eligible", true, "expectedCount", 0),
                THIS_ORGANIZER));
        rows.add(get("/api/entries/mine", w -> "/api/entries/mine", "401 200 200 403 403 403 403 403 403"));
        rows.add(get("/api/entries/{id}", w -> "/api/entries/" + w.entry, "401 200 404 404 404 404 200 404 404"));
        rows.add(put(
                "/api/entries/{id}",
                w -> "/api/entries/" + w.entry,
                w -> w.entryBody(),
                "401 ok 404 404 404 404 403 404 404"));
        rows.add(post(
                "/api/entries/{id}/submit",
                w -> "/api/entries/" + w.entry + "/submit",
                w -> Map.of(),
                "401 ok 404 404 404 404 403 404 404"));
        rows.add(post(
                "/api/entries/{id}/eligibility",
                w -> "/api/entries/" + w.entry + "/eligibility",
                w -> Map.of("eligible", true),
                "401 403 403 403 403 403 ok 404 403"));
        rows.add(get(
                "/api/entries/{id}/audit",
                w -> "/api/entries/" + w.entry + "/audit",
                "401 403 403 403 403 403 200 404 403"));
        rows.add(post(
                "/api/entries/{id}/attachments",
                w -> "/api/entries/" + w.entry + "/attachments",
                w -> MultipartBody.builder()
                        .addPart("file", "late.pdf", MediaType.APPLICATION_PDF_TYPE, World.PDF)
                        .build(),
                "401 ok 404 404 404 404 403 404 404"));
        rows.add(get(
                "/api/entries/{id}/attachments/{attachmentId}",
                w -> "/api/entries/" + w.entry + "/attachments/" + w.deck,
                "401 200 404 200 404 404 200 404 404"));
        // The identifying file of a blind round: not even the assigned judge.
        rows.add(get(
                "/api/entries/{id}/attachments/{attachmentId}",
                w -> "/api/entries/" + w.entry + "/attachments/" + w.cv,
                "401 200 404 404 404 404 200 404 404"));
        // A preview is authorized exactly like the download, blind rounds included.
        rows.add(get(
                "/api/entries/{id}/attachments/{attachmentId}/preview",
                w -> "/api/entries/" + w.entry + "/attachments/" + w.deck + "/preview",
                "401 200 404 200 404 404 200 404 404"));
        rows.add(get(
                "/api/entries/{id}/attachments/{attachmentId}/preview",
                w -> "/api/entries/" + w.entry + "/attachments/" + w.cv + "/preview",
                "401 200 404 404 404 404 200 404 404"));
        rows.add(delete(
                "/api/entries/{id}/attachments/{attachmentId}",
                w -> "/api/entries/" + w.entry + "/attachments/" + w.deck,
                "401 ok 404 404 404 404 403 404 404"));
        rows.add(post(
                "/api/entries/{id}/withdraw",
                w -> "/api/entries/" + w.throwaway + "/withdraw",
                w -> Map.of(),
                "401 200 404 404 404 404 403 404 404"));

        // ---- teams: the owner manages, members read; unknown ids answer 404 to the owner ---------
        rows.add(get(
                "/api/entries/{id}/members",
                w -> "/api/entries/" + w.entry + "/members",
                "401 200 404 404 404 404 200 404 404"));
        rows.add(post(
                "/api/entries/{id}/invitations",
                w -> "/api/entries/" + w.entry + "/invitations",
                w -> Map.of("email", Api.uniqueEmail("invitee")),
                "401 201 404 404 404 404 403 404 404"));
        rows.add(delete(
                "/api/entries/{id}/invitations/{invitationId}",
                w -> "/api/entries/" + w.entry + "/invitations/999999999",
                "401 404 404 404 404 404 403 404 404"));
        rows.add(delete(
                "/api/entries/{id}/members/{userId}",
                w -> "/api/entries/" + w.entry + "/members/999999999",
                "401 404 404 404 404 404 403 404 404"));
        rows.add(post(
                "/api/entries/{id}/owner",
                w -> "/api/entries/" + w.entry + "/owner",
                w -> Map.of("userId", 999_999_999L),
                "401 404 404 404 404 404 403 404 404"));
        rows.add(get(
                "/api/invitations/{token}",
                w -> "/api/invitations/not-a-token",
                "401 400 400 400 400 400 400 400 400"));
        rows.add(post(
                "/api/invitations/{token}/accept",
                w -> "/api/invitations/not-a-token/accept",
                w -> Map.of(),
                "401 400 400 400 400 400 400 400 400"));
        rows.add(get("/api/programs/{programId}/topics", w -> "/api/programs/" + w.program + "/topics", PUBLIC));
        rows.add(put(
                "/api/programs/{programId}/topics",
                w -> "/api/programs/" + w.program + "/topics",
                w -> Map.of("topics", List.of()),
                THIS_ORGANIZER));
        rows.add(get(
                "/api/entries/{id}/topics",
                w -> "/api/entries/" + w.entry + "/topics",
                "401 200 404 404 404 404 403 404 404"));
        rows.add(put(
                "/api/entries/{id}/topics",
                w -> "/api/entries/" + w.entry + "/topics",
                w -> Map.of("topicIds", List.of()),
                "401 200 404 404 404 404 403 404 404"));
        // The showcase choice: the team reads it, the owner makes it (false here: the world's entry stays out of the
        // public showcase).
        rows.add(get(
                "/api/entries/{id}/visibility",
                w -> "/api/entries/" + w.entry + "/visibility",
                "401 200 404 404 404 404 403 404 404"));
        rows.add(put(
                "/api/entries/{id}/visibility",
                w -> "/api/entries/" + w.entry + "/visibility",
                w -> Map.of("showcase", false),
                "401 200 404 404 404 404 403 404 404"));
        rows.add(get(
                "/api/public/programs/{slug}/showcase", w -> "/api/public/programs/" + w.slug + "/showcase", PUBLIC));
        // Not opted in: unknown to everyone, its team and organizers included (the public page is the public's).
        rows.add(get(
                "/api/public/programs/{slug}/showcase/{entryId}",
                w -> "/api/public/programs/" + w.slug + "/showcase/" + w.entry,
                "404 404 404 404 404 404 404 404 404"));
        rows.add(get(
                "/api/programs/{programId}/participation",
                w -> "/api/programs/" + w.program + "/participation",
                THIS_ORGANIZER));
        rows.add(get(
                "/api/programs/{programId}/participation/export",
                w -> "/api/programs/" + w.program + "/participation/export",
                THIS_ORGANIZER));
        rows.add(get(
                "/api/programs/{programId}/institution-aliases",
                w -> "/api/programs/" + w.program + "/institution-aliases",
                THIS_ORGANIZER));
        rows.add(put(
                "/api/programs/{programId}/institution-aliases",
                w -> "/api/programs/" + w.program + "/institution-aliases",
                w -> Map.of("aliases", List.of()),
                THIS_ORGANIZER));

        // ---- judging: the organizer's side of the open blind round ------------------------------
        String round = "/api/rounds/{id}";
        rows.add(get(round + "/panel", w -> w.roundPath("/panel"), THIS_ORGANIZER));
        rows.add(put(round + "/panel", w -> w.roundPath("/panel"), w -> Map.of("judgeIds", w.panel()), THIS_ORGANIZER));
        // Inviting a judge already on the panel changes nothing for the rows after this one.
        rows.add(post(
                round + "/panel/invitations",
                w -> w.roundPath("/panel/invitations"),
                w -> Map.of("email", w.assignedJudge.email(), "displayName", "Invited again"),
                THIS_ORGANIZER));
        rows.add(get(round + "/assignments", w -> w.roundPath("/assignments"), THIS_ORGANIZER));
        rows.add(get(round + "/assignments/entries", w -> w.roundPath("/assignments/entries"), THIS_ORGANIZER));
        rows.add(post(
                round + "/assignments",
                w -> w.roundPath("/assignments"),
                w -> Map.of("entryId", w.otherEntry, "judgeId", w.unassignedJudge.id()),
                THIS_ORGANIZER));
        rows.add(post(
                round + "/assignments/auto", w -> w.roundPath("/assignments/auto"), w -> Map.of(), THIS_ORGANIZER));
        // The unassigned judge has submitted a scorecard for the other entry, so this refusal (409) changes nothing.
        rows.add(delete(
                round + "/assignments/{entryId}/{judgeId}",
                w -> w.roundPath("/assignments/" + w.otherEntry + "/" + w.unassignedJudge.id()),
                "401 403 403 403 403 403 409 403 403"));
        rows.add(post(
                round + "/conflicts",
                w -> w.roundPath("/conflicts"),
                w -> Map.of("entryId", w.entry, "judgeId", w.conflictedJudge.id(), "reason", "former colleague"),
                THIS_ORGANIZER));
        rows.add(get(round + "/results", w -> w.roundPath("/results"), THIS_ORGANIZER));
        rows.add(get(round + "/results/compare", w -> w.roundPath("/results/compare"), THIS_ORGANIZER));
        rows.add(get(round + "/results/judges", w -> w.roundPath("/results/judges"), THIS_ORGANIZER));
        rows.add(get(round + "/results/stability", w -> w.roundPath("/results/stability"), THIS_ORGANIZER));
        rows.add(get(round + "/results/anomalies", w -> w.roundPath("/results/anomalies"), THIS_ORGANIZER));
        rows.add(get(round + "/progress", w -> w.roundPath("/progress"), THIS_ORGANIZER));
        rows.add(get(round + "/progress/summary", w -> w.roundPath("/progress/summary"), THIS_ORGANIZER));
        rows.add(get(round + "/progress/entries", w -> w.roundPath("/progress/entries"), THIS_ORGANIZER));
        rows.add(get(round + "/progress/judges", w -> w.roundPath("/progress/judges"), THIS_ORGANIZER));
        rows.add(post(
                round + "/reminders",
                w -> w.roundPath("/reminders"),
                w -> Map.of(),
                "401 403 403 403 403 403 202 403 403"));
        rows.add(get(round + "/audit", w -> w.roundPath("/audit"), THIS_ORGANIZER));
        rows.add(get(round + "/export/scorecards", w -> w.roundPath("/export/scorecards"), THIS_ORGANIZER));
        rows.add(get(round + "/export/results", w -> w.roundPath("/export/results"), THIS_ORGANIZER));
        rows.add(
                post(round + "/open", w -> w.roundPath("/open"), w -> Map.of(), "401 403 403 403 403 403 409 403 403"));

        // ---- judging: the judge's side ----------------------------------------------------------
        rows.add(get("/api/judging/queue", w -> "/api/judging/queue", JUDGES));
        // Expertise: judges' profiles, bidding (closed on the world's round: 409 for its panel), affinity.
        rows.add(get("/api/judging/profile", w -> "/api/judging/profile", JUDGES));
        rows.add(get("/api/judging/bidding", w -> "/api/judging/bidding", JUDGES));
        rows.add(put(
                "/api/judging/profile",
                w -> "/api/judging/profile",
                w -> Map.of("expertise", "Computer vision", "topicIds", List.of()),
                JUDGES));
        rows.add(get(
                "/api/rounds/{roundId}/bids/mine",
                w -> w.roundPath("/bids/mine"),
                "401 403 403 200 200 200 403 403 403"));
        rows.add(put(
                "/api/rounds/{roundId}/bids/{entryId}",
                w -> w.roundPath("/bids/" + w.entry),
                w -> Map.of("level", "WILLING"),
                "401 403 403 409 409 409 403 403 403"));
        rows.add(get("/api/rounds/{roundId}/bidding", w -> w.roundPath("/bidding"), THIS_ORGANIZER));
        rows.add(put(
                "/api/rounds/{roundId}/bidding",
                w -> w.roundPath("/bidding"),
                w -> Map.of("open", false),
                THIS_ORGANIZER));
        rows.add(get(
                "/api/rounds/{roundId}/assignments/{entryId}/affinity",
                w -> w.roundPath("/assignments/" + w.entry + "/affinity"),
                THIS_ORGANIZER));
        rows.add(put(
                "/api/rounds/{roundId}/assignments/forbidden",
                w -> w.roundPath("/assignments/forbidden"),
                w -> Map.of("entryId", w.entry, "judgeId", w.unassignedJudge.id(), "forbidden", false),
                THIS_ORGANIZER));
        // Pairwise floor endpoints on the world's (online) round: its panel and organizer get as far as
        // the mode (409 round-not-pairwise); PairwiseApiTest walks a real pairwise round.
        rows.add(get("/api/judging/pairwise", w -> "/api/judging/pairwise", JUDGES));
        rows.add(get(
                "/api/rounds/{roundId}/pairwise/me",
                w -> w.roundPath("/pairwise/me"),
                "401 403 403 409 409 409 403 403 403"));
        rows.add(post(
                "/api/rounds/{roundId}/pairwise/me/decisions",
                w -> w.roundPath("/pairwise/me/decisions"),
                w -> Map.of("decision", "START"),
                "401 403 403 409 409 409 403 403 403"));
        rows.add(get(
                "/api/rounds/{roundId}/pairwise/floor",
                w -> w.roundPath("/pairwise/floor"),
                "401 403 403 403 403 403 409 403 403"));
        rows.add(put(
                "/api/rounds/{roundId}/pairwise/tables/{entryId}",
                w -> w.roundPath("/pairwise/tables/" + w.entry),
                w -> Map.of("present", false),
                "401 403 403 403 403 403 409 403 403"));
        rows.add(get(
                "/api/rounds/{roundId}/entries/{entryId}",
                w -> w.roundPath("/entries/" + w.entry),
                "401 403 403 200 404 404 403 403 403"));
        rows.add(put(
                "/api/rounds/{roundId}/entries/{entryId}/scorecard",
                w -> w.roundPath("/entries/" + w.entry + "/scorecard"),
                w -> w.scorecard(7),
                "401 403 403 200 404 404 403 403 403"));
        // Declared on the other entry, whose judge is the "unassigned" one (unassigned to the owner's entry).
        rows.add(post(
                "/api/rounds/{roundId}/entries/{entryId}/conflict",
                w -> w.roundPath("/entries/" + w.otherEntry + "/conflict"),
                w -> Map.of("reason", "we met at a fair"),
                "401 403 403 404 204 404 403 403 403"));

        // ---- live roadshow (the organizer's second program; slot 1 is the owner's entry, on stage) --
        rows.add(get("/api/live/{sessionId}", w -> "/api/live/" + w.session, PUBLIC));
        // The stages' schedule of the published program's event: its pitches, as the big screen shows them.
        rows.add(get("/api/public/events/{slug}/schedule", w -> "/api/public/events/" + w.slug + "/schedule", PUBLIC));
        rows.add(get("/api/live/{sessionId}/events", w -> "/api/live/" + w.session + "/events", PUBLIC)
                .streamed());
        rows.add(get(
                "/api/live/{sessionId}/judge",
                w -> "/api/live/" + w.session + "/judge",
                "401 403 403 200 404 200 403 403 403"));
        rows.add(get("/api/live/{sessionId}/host", w -> "/api/live/" + w.session + "/host", THIS_ORGANIZER));
        rows.add(get("/api/rounds/{roundId}/live", w -> "/api/rounds/" + w.liveRound + "/live", THIS_ORGANIZER));
        rows.add(post(
                "/api/rounds/{roundId}/live",
                w -> "/api/rounds/" + w.liveRound + "/live",
                w -> w.schedule(),
                THIS_ORGANIZER));
        rows.add(post(
                "/api/live/{sessionId}/control",
                w -> "/api/live/" + w.session + "/control",
                w -> Map.of("action", "PAUSE"),
                THIS_ORGANIZER));

        // The audience vote of the live round: set up by its organizer; phones sign in without an
        // account, so every caller gets the same answer (a JWT is no audience token).
        rows.add(put(
                "/api/rounds/{roundId}/audience",
                w -> "/api/rounds/" + w.liveRound + "/audience",
                w -> Map.of("mode", "SCORE", "weight", 20),
                THIS_ORGANIZER));
        rows.add(
                get("/api/rounds/{roundId}/audience", w -> "/api/rounds/" + w.liveRound + "/audience", THIS_ORGANIZER));
        rows.add(get("/api/live/{sessionId}/audience", w -> "/api/live/" + w.session + "/audience", PUBLIC));
        rows.add(post(
                "/api/live/{sessionId}/audience/votes",
                w -> "/api/live/" + w.session + "/audience/votes",
                w -> Map.of("slotId", 1, "value", 5),
                "401 401 401 401 401 401 401 401 401"));
        rows.add(post(
                "/api/live/{sessionId}/audience/ticket",
                w -> "/api/live/" + w.session + "/audience/ticket",
                w -> Map.of("code", "NOT-A-TICKET"),
                "400 400 400 400 400 400 400 400 400"));
        rows.add(get(
                "/api/live/{sessionId}/audience/review",
                w -> "/api/live/" + w.session + "/audience/review",
                THIS_ORGANIZER));
        rows.add(post(
                "/api/live/{sessionId}/audience/void",
                w -> "/api/live/" + w.session + "/audience/void",
                w -> Map.of("voteIds", List.of(Long.MAX_VALUE), "reason", "matrix"),
                "401 403 403 403 403 403 404 403 403"));
        rows.add(post(
                "/api/audience/sign-in",
                w -> "/api/audience/sign-in",
                w -> Map.of("email", org.laurel.support.Api.uniqueEmail("hall")),
                "202 202 202 202 202 202 202 202 202"));
        rows.add(post(
                "/api/audience/verify",
                w -> "/api/audience/verify",
                w -> Map.of("email", "nobody@hall.example", "code", "000000"),
                "400 400 400 400 400 400 400 400 400"));
        rows.add(post(
                "/api/programs/{programId}/audience/tickets",
                w -> "/api/programs/" + w.program + "/audience/tickets",
                w -> Map.of("codes", List.of("MATRIX-" + System.nanoTime())),
                THIS_ORGANIZER));
        rows.add(get(
                "/api/programs/{programId}/audience/tickets",
                w -> "/api/programs/" + w.program + "/audience/tickets",
                THIS_ORGANIZER));

        // ---- investor matchmaking: organizers invite, owners share, only investors browse -------
        String investorOnly = "401 403 403 403 403 403 403 403 403";
        String noSuchMeeting = "401 404 404 404 404 404 404 404 404";
        rows.add(post(
                "/api/programs/{programId}/investors",
                w -> "/api/programs/" + w.program + "/investors",
                w -> Map.of(
                        "email",
                        Api.uniqueEmail("matrix-investor"),
                        "displayName",
                        "Matrix Capital",
                        "firm",
                        "Matrix Capital",
                        "focusAreas",
                        List.of("Climate")),
                "401 403 403 403 403 403 201 403 403"));
        rows.add(get(
                "/api/programs/{programId}/investors",
                w -> "/api/programs/" + w.program + "/investors",
                THIS_ORGANIZER));
        rows.add(get(
                "/api/programs/{programId}/matchmaking/settings",
                w -> "/api/programs/" + w.program + "/matchmaking/settings",
                THIS_ORGANIZER));
        rows.add(put(
                "/api/programs/{programId}/matchmaking/settings",
                w -> "/api/programs/" + w.program + "/matchmaking/settings",
                w -> Map.of("scoreBands", false),
                THIS_ORGANIZER));
        rows.add(get(
                "/api/programs/{programId}/matchmaking",
                w -> "/api/programs/" + w.program + "/matchmaking",
                THIS_ORGANIZER));
        rows.add(get(
                "/api/programs/{programId}/matchmaking/export",
                w -> "/api/programs/" + w.program + "/matchmaking/export",
                THIS_ORGANIZER));
        rows.add(get(
                "/api/entries/{id}/investor-share",
                w -> "/api/entries/" + w.entry + "/investor-share",
                "401 200 404 404 404 404 403 404 404"));
        rows.add(put(
                "/api/entries/{id}/investor-share",
                w -> "/api/entries/" + w.entry + "/investor-share",
                w -> Map.of("shared", false, "fields", List.of(), "fileIds", List.of()),
                "401 200 404 404 404 404 403 404 404"));
        rows.add(get(
                "/api/entries/{entryId}/meetings",
                w -> "/api/entries/" + w.entry + "/meetings",
                "401 200 404 404 404 404 404 404 404"));
        rows.add(get("/api/investor/programs", w -> "/api/investor/programs", investorOnly));
        rows.add(get(
                "/api/investor/programs/{programId}/projects",
                w -> "/api/investor/programs/" + w.program + "/projects",
                investorOnly));
        rows.add(get("/api/investor/projects/{entryId}", w -> "/api/investor/projects/" + w.entry, investorOnly));
        rows.add(get(
                "/api/investor/projects/{entryId}/files/{fileId}",
                w -> "/api/investor/projects/" + w.entry + "/files/987654321",
                investorOnly));
        rows.add(put(
                "/api/investor/projects/{entryId}/interest",
                w -> "/api/investor/projects/" + w.entry + "/interest",
                w -> Map.of("interested", true),
                investorOnly));
        rows.add(post(
                "/api/investor/projects/{entryId}/meetings",
                w -> "/api/investor/projects/" + w.entry + "/meetings",
                w -> Map.of("proposedTimes", List.of("2099-01-01T10:00:00Z"), "minutes", 30, "message", "Hello"),
                investorOnly));
        rows.add(get("/api/investor/meetings", w -> "/api/investor/meetings", investorOnly));
        rows.add(post(
                "/api/meetings/{id}/accept",
                w -> "/api/meetings/987654321/accept",
                w -> Map.of("startsAt", "2099-01-01T10:00:00Z"),
                noSuchMeeting));
        rows.add(post(
                "/api/meetings/{id}/decline", w -> "/api/meetings/987654321/decline", w -> Map.of(), noSuchMeeting));
        rows.add(
                post("/api/meetings/{id}/cancel", w -> "/api/meetings/987654321/cancel", w -> Map.of(), noSuchMeeting));

        // ---- results and winners: the round closes, is finalized, the call ends -----------------
        rows.add(post(round + "/close", w -> w.roundPath("/close"), w -> Map.of(), THIS_ORGANIZER));
        rows.add(post(round + "/finalize", w -> w.roundPath("/finalize"), w -> Map.of(), THIS_ORGANIZER));
        // Once finalized, every judge on the panel sees their own figures (only their own).
        rows.add(get(
                round + "/calibration/me", w -> w.roundPath("/calibration/me"), "401 403 403 200 200 200 403 403 403"));
        rows.add(get(round + "/snapshot", w -> w.roundPath("/snapshot"), THIS_ORGANIZER));
        rows.add(get(round + "/snapshot/bundle", w -> w.roundPath("/snapshot/bundle"), THIS_ORGANIZER));
        rows.add(get(round + "/method-statement", w -> w.roundPath("/method-statement"), THIS_ORGANIZER));
        rows.add(step(World::closeTheCall));
        rows.add(get(
                "/api/programs/{programId}/winners/proposal",
                w -> "/api/programs/" + w.program + "/winners/proposal",
                THIS_ORGANIZER));
        rows.add(post(
                "/api/programs/{programId}/announcements",
                w -> "/api/programs/" + w.program + "/announcements",
                w -> w.winners(),
                "401 403 403 403 403 403 201 403 403"));
        rows.add(get(
                "/api/programs/{programId}/announcements",
                w -> "/api/programs/" + w.program + "/announcements",
                THIS_ORGANIZER));
        rows.add(get("/api/public/programs/{slug}/winners", w -> "/api/public/programs/" + w.slug + "/winners", PUBLIC)
                .reveals(Secret.OWNER_TITLE, Secret.OWNER_ORGANIZATION));
        // The published winners' round, worked: the winner's title is public once announced.
        rows.add(get(
                        "/api/public/programs/{slug}/method-statement",
                        w -> "/api/public/programs/" + w.slug + "/method-statement",
                        PUBLIC)
                .reveals(Secret.OWNER_TITLE));
        rows.add(get(
                "/api/entries/{entryId}/outcome",
                w -> "/api/entries/" + w.entry + "/outcome",
                "401 200 404 404 404 404 404 404 404"));
        rows.add(get("/api/certificates/{code}", w -> "/api/certificates/" + w.certificate(), PUBLIC)
                .reveals(Secret.OWNER_TITLE, Secret.OWNER_ORGANIZATION));
        rows.add(get("/api/public/certificates/{code}", w -> "/api/public/certificates/" + w.certificate(), PUBLIC)
                .reveals(Secret.OWNER_TITLE, Secret.OWNER_ORGANIZATION));
        return rows;
    }

    // ---- calls ------------------------------------------------------------------------------

    record Answer(int status, String contentType, String body) {}

    /** A CSV upload's body (a plain String is sent as a form). */
    record Csv(String text) {}

    private Answer call(Row row, String path, Object body, String token) {
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.valueOf(row.method), path);
        if (body instanceof MultipartBody) {
            request.body(body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        } else if (body instanceof Csv csv) {
            request.body(csv.text()).contentType("text/csv");
        } else if (body instanceof String form) {
            request.body(form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        } else if (body != null) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        if (row.stream) {
            try {
                HttpResponse<?> first =
                        Flux.from(streaming.exchangeStream(request)).blockFirst(Duration.ofSeconds(10));
                return new Answer(
                        first.code(),
                        first.getContentType().map(MediaType::toString).orElse(""),
                        "");
            } catch (HttpClientResponseException e) {
                return answer(e);
            }
        }
        try {
            HttpResponse<byte[]> r = client.toBlocking().exchange(request, byte[].class);
            return new Answer(
                    r.code(),
                    r.getContentType().map(MediaType::toString).orElse(""),
                    new String(r.getBody().orElse(new byte[0]), StandardCharsets.UTF_8));
        } catch (HttpClientResponseException e) {
            return answer(e);
        }
    }

    private static Answer answer(HttpClientResponseException e) {
        return new Answer(
                e.getStatus().getCode(),
                e.getResponse().getContentType().map(MediaType::toString).orElse(""),
                e.getResponse().getBody(String.class).orElse(""));
    }

    // ---- the season -------------------------------------------------------------------------

    /**
     * One program with an identifying file field: the owner's entry (with a deck and a CV), another
     * applicant's entry, a throwaway entry of the owner; an open blind round whose panel has the
     * assigned judge (scored the owner's entry), the unassigned one (scored the other entry) and
     * the conflicted one. The same organizer's second program runs a live session with the owner's
     * entry on stage, before the assigned and the conflicted judge.
     */
    static final class World {

        static byte[] png() {
            try {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(
                        new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                        "png",
                        out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        final Api api;
        final String nonce = UUID.randomUUID().toString().substring(0, 8);
        final String admin;
        final Seasons.Person owner;
        final Seasons.Person otherApplicant;
        final Seasons.Person assignedJudge;
        final Seasons.Person unassignedJudge;
        final Seasons.Person conflictedJudge;
        final Seasons.Person organizer;
        final Seasons.Person otherOrganizer;
        final Seasons.Person spare;
        /** Signed in with every role, then deactivated: its token must open nothing. */
        final Seasons.Person deactivated;

        final long program;
        final String slug;
        final Seasons.Program programView;
        final long gold;
        final long entry;
        final long otherEntry;
        final long throwaway;
        final long deck;
        final long cv;
        final long round;
        final List<Long> criteria;
        final long ownerNotification;
        final long liveProgram;
        final long liveRound;
        final long liveEntry;
        final long liveOtherEntry;
        final long session;
        String code;

        World(Api api) {
            this.api = api;
            Seasons seasons = new Seasons(api);
            admin = api.adminToken();
            owner = seasons.person("owner", Set.of("APPLICANT"), null);
            otherApplicant = seasons.person("other-applicant", Set.of("APPLICANT"), null);
            assignedJudge = seasons.person("assigned-judge", Set.of("JUDGE"), "Jury A " + nonce);
            unassignedJudge = seasons.person("unassigned-judge", Set.of("JUDGE"), "Jury U " + nonce);
            conflictedJudge = seasons.person("conflicted-judge", Set.of("JUDGE"), "Jury C " + nonce);
            organizer = seasons.person("organizer", Set.of("ORGANIZER"), null);
            otherOrganizer = seasons.person("other-organizer", Set.of("ORGANIZER"), null);
            spare = seasons.person("spare", Set.of("APPLICANT"), null);
            deactivated =
                    seasons.person("deactivated", Set.of("APPLICANT", "JUDGE", "ORGANIZER", "ADMIN", "INVESTOR"), null);
            ok(api.put("/api/admin/users/" + deactivated.id() + "/status", Map.of("active", false), admin));
            seasons.openAward(Duration.ofDays(3)); // somebody else's program, so "another organizer" is a real one

            Map<String, Object> body = Seasons.awardBody(
                    "Matrix " + nonce,
                    Instant.now().minus(Duration.ofHours(1)),
                    Instant.now().plus(Duration.ofDays(3)));
            List<Object> fields = new ArrayList<>((List<?>) body.get("formFields"));
            fields.add(
                    Map.of("key", "cv", "label", "Founder CV", "type", "FILE", "required", false, "identifying", true));
            body.put("formFields", fields);
            program = id(api.post("/api/programs", body, organizer.token()));
            Api.Result published = ok(api.post("/api/programs/" + program + "/publish", Map.of(), organizer.token()));
            slug = (String) published.get("slug");
            programView = new Seasons.Program(
                    program,
                    organizer.token(),
                    published.list("categories").stream()
                            .map(c -> ((Number) c.get("id")).longValue())
                            .toList(),
                    published.body());
            gold = published.list("prizeTiers").stream()
                    .filter(t -> "Gold".equals(t.get("name")))
                    .map(t -> ((Number) t.get("id")).longValue())
                    .findFirst()
                    .orElseThrow();

            entry = id(api.post("/api/programs/" + program + "/entries", entryBody(), owner.token()));
            deck = upload(entry, "Owner deck " + nonce + ".pdf", "deck");
            cv = upload(entry, "Owner CV " + nonce + ".pdf", "cv");
            ok(api.post("/api/entries/" + entry + "/submit", Map.of(), owner.token()));
            otherEntry = submitted(programView, otherApplicant, "Other entry");
            throwaway = submitted(programView, owner, "Throwaway entry");
            ok(api.post(
                    "/api/programs/" + program + "/entries/eligibility",
                    Map.of("entryIds", List.of(entry, otherEntry), "eligible", true),
                    organizer.token()));

            Api.Result r = api.post("/api/programs/" + program + "/rounds", roundBody(true), organizer.token());
            round = id(r);
            criteria = r.list("criteria").stream()
                    .map(c -> ((Number) c.get("id")).longValue())
                    .toList();
            ok(api.put(roundPath("/panel"), Map.of("judgeIds", panel()), organizer.token()));
            ok(api.post(
                    roundPath("/conflicts"),
                    Map.of("entryId", entry, "judgeId", conflictedJudge.id(), "reason", "co-author"),
                    organizer.token()));
            ok(api.post(
                    roundPath("/assignments"),
                    Map.of("entryId", entry, "judgeId", assignedJudge.id()),
                    organizer.token()));
            ok(api.post(
                    roundPath("/assignments"),
                    Map.of("entryId", otherEntry, "judgeId", unassignedJudge.id()),
                    organizer.token()));
            ok(api.post(roundPath("/open"), Map.of(), organizer.token()));
            ok(api.put(roundPath("/entries/" + entry + "/scorecard"), scorecard(8), assignedJudge.token()));
            ok(api.put(roundPath("/entries/" + otherEntry + "/scorecard"), scorecard(6), unassignedJudge.token()));
            ownerNotification = ((Number) api.get("/api/me/notifications", owner.token())
                            .list("items")
                            .get(0)
                            .get("id"))
                    .longValue();

            Map<String, Object> live = Seasons.awardBody(
                    "Matrix live " + nonce,
                    Instant.now().minus(Duration.ofHours(1)),
                    Instant.now().plus(Duration.ofDays(3)));
            liveProgram = id(api.post("/api/programs", live, organizer.token()));
            Api.Result livePublished =
                    ok(api.post("/api/programs/" + liveProgram + "/publish", Map.of(), organizer.token()));
            Seasons.Program lp = new Seasons.Program(
                    liveProgram,
                    organizer.token(),
                    livePublished.list("categories").stream()
                            .map(c -> ((Number) c.get("id")).longValue())
                            .toList(),
                    livePublished.body());
            liveEntry = submitted(lp, owner, "Live pitch");
            liveOtherEntry = submitted(lp, otherApplicant, "Other live pitch");
            ok(api.post(
                    "/api/programs/" + liveProgram + "/entries/eligibility",
                    Map.of("entryIds", List.of(liveEntry, liveOtherEntry), "eligible", true),
                    organizer.token()));
            Map<String, Object> liveRoundBody = roundBody(false);
            liveRoundBody.put("mode", "LIVE");
            liveRound = id(api.post("/api/programs/" + liveProgram + "/rounds", liveRoundBody, organizer.token()));
            ok(api.put(
                    "/api/rounds/" + liveRound + "/panel",
                    Map.of("judgeIds", List.of(assignedJudge.id(), conflictedJudge.id())),
                    organizer.token()));
            ok(api.post(
                    "/api/rounds/" + liveRound + "/conflicts",
                    Map.of("entryId", liveEntry, "judgeId", conflictedJudge.id(), "reason", "co-author"),
                    organizer.token()));
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>)
                    ok(api.post("/api/rounds/" + liveRound + "/live", schedule(), organizer.token()))
                            .get("state");
            session = ((Number) state.get("sessionId")).longValue();
            ok(api.post("/api/live/" + session + "/control", Map.of("action", "START_PITCH"), organizer.token()));
        }

        // ---- secrets ----

        List<String> values(Secret secret, Who who) {
            return switch (secret) {
                case OWNER_EMAIL -> List.of(owner.email());
                case OWNER_TITLE -> List.of("Owner title " + nonce);
                case OWNER_ANSWER -> List.of("Owner answer " + nonce);
                case OWNER_ORGANIZATION -> List.of("Owner labs " + nonce);
                case FILE_NAMES -> List.of("Owner deck " + nonce, "Owner CV " + nonce);
                case JUDGE_EMAILS -> {
                    Map<Who, Seasons.Person> judges = Map.of(
                            Who.ASSIGNED_JUDGE,
                            assignedJudge,
                            Who.UNASSIGNED_JUDGE,
                            unassignedJudge,
                            Who.CONFLICTED_JUDGE,
                            conflictedJudge);
                    yield judges.entrySet().stream()
                            .filter(e -> e.getKey() != who)
                            .map(e -> e.getValue().email())
                            .toList();
                }
            };
        }

        // ---- bodies and paths ----

        Map<String, Object> entryBody() {
            Map<String, Object> body = Seasons.entryBody(programView, "Owner title " + nonce);
            body.put("organization", "Owner labs " + nonce);
            body.put("answers", Map.of("pitch", "Owner answer " + nonce, "stage", "Prototype"));
            return body;
        }

        Map<String, Object> programBody() {
            Map<String, Object> body = new HashMap<>(
                    api.get("/api/programs/" + program, organizer.token()).body());
            body.put("slug", slug);
            return body;
        }

        Map<String, Object> roundBody(boolean blind) {
            Map<String, Object> body = new HashMap<>();
            body.put("name", "Review " + nonce);
            body.put("mode", "ONLINE");
            body.put("aggregation", "MEAN");
            body.put("blind", blind);
            body.put("judgesPerEntry", 1);
            body.put("advanceCount", 1);
            body.put("criteria", List.of(Map.of("name", "Overall", "weight", 1, "min", 0, "max", 10, "step", 1)));
            return body;
        }

        Map<String, Object> currentRound() {
            return api.get("/api/rounds/" + round, organizer.token()).body();
        }

        String roundPath(String rest) {
            return "/api/rounds/" + round + rest;
        }

        List<Long> panel() {
            return List.of(assignedJudge.id(), unassignedJudge.id(), conflictedJudge.id());
        }

        Map<String, Object> scorecard(double value) {
            return Map.of(
                    "scores", Map.of(String.valueOf(criteria.get(0)), value), "comment", "private", "submit", true);
        }

        Map<String, Object> schedule() {
            return Map.of(
                    "slots",
                    List.of(
                            Map.of("entryId", liveEntry, "order", 1, "pitchMinutes", 8, "qaMinutes", 7),
                            Map.of("entryId", liveOtherEntry, "order", 2, "pitchMinutes", 8, "qaMinutes", 7)));
        }

        Map<String, Object> winners() {
            return Map.of(
                    "winners",
                    List.of(Map.of("entryId", entry, "prizeTierId", gold)),
                    "reason",
                    "the matrix decides",
                    "publishScores",
                    false,
                    "releaseFeedback",
                    false);
        }

        void closeTheCall() {
            new Seasons(api).moveDeadline(programView, Instant.now().minusSeconds(1));
        }

        /** The owner's certificate code, once winners are published. */
        String certificate() {
            if (code == null) {
                code = (String) ok(api.get("/api/entries/" + entry + "/outcome", owner.token()))
                        .get("certificateCode");
            }
            return code;
        }

        // ---- plumbing ----

        private long submitted(Seasons.Program p, Seasons.Person who, String title) {
            long id = id(api.post("/api/programs/" + p.id() + "/entries", Seasons.entryBody(p, title), who.token()));
            ok(api.post("/api/entries/" + id + "/submit", Map.of(), who.token()));
            return id;
        }

        private long upload(long entryId, String name, String fieldKey) {
            MultipartBody body = MultipartBody.builder()
                    .addPart("file", name, MediaType.APPLICATION_PDF_TYPE, PDF)
                    .addPart("fieldKey", fieldKey)
                    .build();
            return id(api.send(
                    HttpRequest.POST("/api/entries/" + entryId + "/attachments", body)
                            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                    owner.token()));
        }

        private static long id(Api.Result r) {
            return ((Number) ok(r).get("id")).longValue();
        }

        private static Api.Result ok(Api.Result r) {
            if (r.status() >= 300) {
                throw new IllegalStateException("setting up the season failed: " + r.status() + " " + r.body());
            }
            return r;
        }
    }

    static {
        // Every column is named once in the callers: a column without a caller would test nothing.
        Map<Who, Long> perColumn = CALLERS.stream()
                .collect(Collectors.groupingBy(Caller::column, LinkedHashMap::new, Collectors.counting()));
        if (perColumn.size() != Who.values().length) {
            throw new IllegalStateException("every column needs a caller: " + perColumn.keySet());
        }
    }
}
