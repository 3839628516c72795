package org.laurel.shared;

import static org.laurel.shared.Problems.TYPE_BASE;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of every problem type the server sends, one section per module: its URI (the
 * {@code type} member; the code names it by the last segment, the slug), its status and what it
 * means. The OpenAPI document lists these values (with each meaning) as the
 * {@code type} of the {@link Problem} schema, so the front end's generated types know them too.
 * {@code ProblemTypeTest} fails the build when code emits a type that is not listed here, or when
 * an entry here is no longer emitted anywhere.
 */
@Schema(
        name = "ProblemType",
        description = "Every problem type the API sends, as the full `type` URI of a problem+json body.")
public enum ProblemType {

    // ---- shared: any endpoint (request shape, routing, security, the server itself) -----------

    @Schema(
            description =
                    "A field is missing, malformed or out of range; `errors` lists each field by the path the client sent.")
    @JsonProperty(TYPE_BASE + "validation")
    VALIDATION(400),
    @Schema(description = "The request could not be read as asked (e.g. a query value of the wrong type).")
    @JsonProperty(TYPE_BASE + "bad-request")
    BAD_REQUEST(400),
    @Schema(description = "The body is not well-formed JSON or form data.")
    @JsonProperty(TYPE_BASE + "malformed-body")
    MALFORMED_BODY(400),
    @Schema(description = "No valid access token: sign in (or refresh the session) and try again.")
    @JsonProperty(TYPE_BASE + "unauthorized")
    UNAUTHORIZED(401),
    @Schema(description = "Signed in, but without a role that may do this.")
    @JsonProperty(TYPE_BASE + "forbidden")
    FORBIDDEN(403),
    @Schema(description = "There is nothing at this address (an unknown route).")
    @JsonProperty(TYPE_BASE + "not-found")
    NOT_FOUND(404),
    @Schema(description = "The address exists, but not with this HTTP method.")
    @JsonProperty(TYPE_BASE + "method-not-allowed")
    METHOD_NOT_ALLOWED(405),
    @Schema(description = "The server cannot answer in a media type the Accept header allows.")
    @JsonProperty(TYPE_BASE + "not-acceptable")
    NOT_ACCEPTABLE(406),
    @Schema(description = "The request clashes with the current state (a framework-level conflict).")
    @JsonProperty(TYPE_BASE + "conflict")
    CONFLICT(409),
    @Schema(description = "The request body is larger than the server accepts.")
    @JsonProperty(TYPE_BASE + "payload-too-large")
    PAYLOAD_TOO_LARGE(413),
    @Schema(description = "The Content-Type is not one this endpoint reads.")
    @JsonProperty(TYPE_BASE + "unsupported-media-type")
    UNSUPPORTED_MEDIA_TYPE(415),
    @Schema(description = "The Content-Type names a charset the server does not know; send UTF-8.")
    @JsonProperty(TYPE_BASE + "unsupported-charset")
    UNSUPPORTED_CHARSET(415),
    @Schema(description = "Too many requests; the Retry-After header says when to try again.")
    @JsonProperty(TYPE_BASE + "too-many-requests")
    TOO_MANY_REQUESTS(429),
    @Schema(description = "The server failed; the cause is only in its log.")
    @JsonProperty(TYPE_BASE + "server-error")
    SERVER_ERROR(500),
    @Schema(
            description =
                    "The database or the file store could not be written to or read from; nothing was saved, try again.")
    @JsonProperty(TYPE_BASE + "storage-unavailable")
    STORAGE_UNAVAILABLE(503),
    @Schema(
            description =
                    "Any other status the framework raised with no more specific type: `http-` and the status code.")
    @JsonProperty(TYPE_BASE + "http-{status}")
    HTTP_STATUS(0),

    // ---- identity -------------------------------------------------------------------------------

    @Schema(description = "An account with this email already exists.")
    @JsonProperty(TYPE_BASE + "email-taken")
    EMAIL_TAKEN(409),
    @Schema(description = "The email or the password is not correct.")
    @JsonProperty(TYPE_BASE + "bad-credentials")
    BAD_CREDENTIALS(401),
    @Schema(description = "No user has this id.")
    @JsonProperty(TYPE_BASE + "user-not-found")
    USER_NOT_FOUND(404),
    @Schema(description = "The change would leave no active administrator.")
    @JsonProperty(TYPE_BASE + "last-admin")
    LAST_ADMIN(409),
    @Schema(description = "The account has been deactivated by an administrator.")
    @JsonProperty(TYPE_BASE + "account-deactivated")
    ACCOUNT_DEACTIVATED(403),
    @Schema(description = "The refresh token is unknown, expired, revoked or already used: sign in again.")
    @JsonProperty(TYPE_BASE + "invalid-grant")
    INVALID_GRANT(400),
    @Schema(description = "The password-reset or invitation link is not one we issued: ask for a new one.")
    @JsonProperty(TYPE_BASE + "reset-token-invalid")
    RESET_TOKEN_INVALID(400),
    @Schema(description = "The password-reset or invitation link was already used or has expired: ask for a new one.")
    @JsonProperty(TYPE_BASE + "reset-token-gone")
    RESET_TOKEN_GONE(410),
    @Schema(
            description =
                    "The account acted for (invited to judge, sent a password link) is deactivated: reactivate it first.")
    @JsonProperty(TYPE_BASE + "account-inactive")
    ACCOUNT_INACTIVE(409),
    @Schema(description = "The file link from an export is not one this installation made, or was altered.")
    @JsonProperty(TYPE_BASE + "file-link-invalid")
    FILE_LINK_INVALID(404),
    @Schema(description = "The file link from an export has expired: download the export again for fresh links.")
    @JsonProperty(TYPE_BASE + "file-link-expired")
    FILE_LINK_EXPIRED(410),
    @Schema(
            description = "The file link from an export was made before its person signed out everywhere (or changed"
                    + " their password): download the export again for fresh links.")
    @JsonProperty(TYPE_BASE + "file-link-revoked")
    FILE_LINK_REVOKED(410),
    @Schema(description = "The current password given to change it is not correct.")
    @JsonProperty(TYPE_BASE + "wrong-password")
    WRONG_PASSWORD(400),
    @Schema(description = "Only grant_type=refresh_token is accepted at the token endpoint.")
    @JsonProperty(TYPE_BASE + "unsupported-grant-type")
    UNSUPPORTED_GRANT_TYPE(400),
    @Schema(description = "Signing out needs the session's refresh token or a signed-in caller.")
    @JsonProperty(TYPE_BASE + "not-signed-in")
    NOT_SIGNED_IN(401),
    @Schema(description = "The token request could not be read as a form or JSON.")
    @JsonProperty(TYPE_BASE + "malformed-request")
    MALFORMED_REQUEST(400),
    @Schema(description = "Too many failed sign-ins for this account or address; see Retry-After.")
    @JsonProperty(TYPE_BASE + "login-throttled")
    LOGIN_THROTTLED(429),
    @Schema(description = "Too many sign-ups from this address; see Retry-After.")
    @JsonProperty(TYPE_BASE + "registration-throttled")
    REGISTRATION_THROTTLED(429),
    @Schema(description = "Too many wrong current passwords when changing this account's password; see Retry-After.")
    @JsonProperty(TYPE_BASE + "password-change-throttled")
    PASSWORD_CHANGE_THROTTLED(429),

    // ---- programs (programs and their rounds) ---------------------------------------------------

    @Schema(description = "No program with this id or slug, or one the caller may not see (a draft).")
    @JsonProperty(TYPE_BASE + "program-not-found")
    PROGRAM_NOT_FOUND(404),
    @Schema(description = "The program has no logo.")
    @JsonProperty(TYPE_BASE + "logo-not-found")
    LOGO_NOT_FOUND(404),
    @Schema(description = "A logo must be a PNG or JPEG image of at most 2000 x 2000 pixels (checked by decoding it).")
    @JsonProperty(TYPE_BASE + "logo-invalid")
    LOGO_INVALID(415),
    @Schema(description = "The program has no certificate signature image.")
    @JsonProperty(TYPE_BASE + "signature-not-found")
    SIGNATURE_NOT_FOUND(404),
    @Schema(
            description =
                    "A signature must be a PNG or JPEG image of at most 2000 x 2000 pixels (checked by decoding it).")
    @JsonProperty(TYPE_BASE + "signature-invalid")
    SIGNATURE_INVALID(415),
    @Schema(description = "Only the program's organizers may do this.")
    @JsonProperty(TYPE_BASE + "not-program-organizer")
    NOT_PROGRAM_ORGANIZER(403),
    @Schema(description = "Another program already uses this slug.")
    @JsonProperty(TYPE_BASE + "slug-taken")
    SLUG_TAKEN(409),
    @Schema(description = "The program is already published.")
    @JsonProperty(TYPE_BASE + "program-already-published")
    PROGRAM_ALREADY_PUBLISHED(409),
    @Schema(description = "A removed category still has entries or prize tiers.")
    @JsonProperty(TYPE_BASE + "category-in-use")
    CATEGORY_IN_USE(409),
    @Schema(description = "No round with this id, or not one of the caller's programs.")
    @JsonProperty(TYPE_BASE + "round-not-found")
    ROUND_NOT_FOUND(404),
    @Schema(description = "The round's status does not allow this (e.g. finalizing an open round).")
    @JsonProperty(TYPE_BASE + "round-state")
    ROUND_STATE(409),
    @Schema(description = "The rubric cannot change once the round has opened.")
    @JsonProperty(TYPE_BASE + "rubric-locked")
    RUBRIC_LOCKED(409),
    @Schema(description = "The previous round must be finalized before this one opens.")
    @JsonProperty(TYPE_BASE + "previous-round-open")
    PREVIOUS_ROUND_OPEN(409),
    @Schema(description = "The round was changed by another request at the same time; reload and retry.")
    @JsonProperty(TYPE_BASE + "round-changed")
    ROUND_CHANGED(409),

    // ---- entries --------------------------------------------------------------------------------

    @Schema(description = "No entry with this id that the caller may see.")
    @JsonProperty(TYPE_BASE + "entry-not-found")
    ENTRY_NOT_FOUND(404),
    @Schema(
            description =
                    "Only the entry's team may change it, and only its owner submit, withdraw or manage the team.")
    @JsonProperty(TYPE_BASE + "not-entry-owner")
    NOT_ENTRY_OWNER(403),
    @Schema(description = "An invitation link that does not exist (mistyped or cut short).")
    @JsonProperty(TYPE_BASE + "invitation-invalid")
    INVITATION_INVALID(400),
    @Schema(description = "The invitation was used, withdrawn, or has expired, or its entry was withdrawn.")
    @JsonProperty(TYPE_BASE + "invitation-gone")
    INVITATION_GONE(410),
    @Schema(description = "The invitation was sent to another email address than the signed-in account's.")
    @JsonProperty(TYPE_BASE + "invitation-other-account")
    INVITATION_OTHER_ACCOUNT(403),
    @Schema(description = "No pending invitation with this id on this entry.")
    @JsonProperty(TYPE_BASE + "invitation-not-found")
    INVITATION_NOT_FOUND(404),
    @Schema(description = "The person is not a member of this entry's team.")
    @JsonProperty(TYPE_BASE + "member-not-found")
    MEMBER_NOT_FOUND(404),
    @Schema(
            description =
                    "The team has as many people (pending invitations included) as the program allows; `maxSize`.")
    @JsonProperty(TYPE_BASE + "team-full")
    TEAM_FULL(409),
    @Schema(
            description =
                    "The person is already on this team, or on another team of a program that allows one per person.")
    @JsonProperty(TYPE_BASE + "already-on-team")
    ALREADY_ON_TEAM(409),
    @Schema(description = "The team's owner cannot leave or be removed; the ownership must be transferred first.")
    @JsonProperty(TYPE_BASE + "owner-cannot-leave")
    OWNER_CANNOT_LEAVE(409),
    @Schema(description = "The round is not judged by comparing tables (PAIRWISE); this works only in one that is.")
    @JsonProperty(TYPE_BASE + "round-not-pairwise")
    ROUND_NOT_PAIRWISE(409),
    @Schema(
            description =
                    "The judge's screen names another table than the one the server has them at (a double tap, a second device): reload.")
    @JsonProperty(TYPE_BASE + "pairwise-stale")
    PAIRWISE_STALE(409),
    @Schema(description = "The decision does not fit where the judge is (e.g. comparing before a second table).")
    @JsonProperty(TYPE_BASE + "pairwise-decision-not-allowed")
    PAIRWISE_DECISION_NOT_ALLOWED(409),
    @Schema(description = "The entry has no table in this pairwise round.")
    @JsonProperty(TYPE_BASE + "table-not-found")
    TABLE_NOT_FOUND(404),
    @Schema(description = "The round is not taking bids now (bidding closed, or the round finalized).")
    @JsonProperty(TYPE_BASE + "bidding-closed")
    BIDDING_CLOSED(409),
    @Schema(
            description =
                    "The project is not shown to this reader: not in the showcase, or not shared with this investor (not opted in, not a finalist, another program's, or no such entry).")
    @JsonProperty(TYPE_BASE + "project-not-found")
    PROJECT_NOT_FOUND(404),
    @Schema(description = "No published event or program answers to this slug.")
    @JsonProperty(TYPE_BASE + "event-not-found")
    EVENT_NOT_FOUND(404),
    @Schema(description = "A judge of this session is already on another stage at the same time.")
    @JsonProperty(TYPE_BASE + "judge-double-booked")
    JUDGE_DOUBLE_BOOKED(409),
    @Schema(description = "Another session already runs on this stage at the same time.")
    @JsonProperty(TYPE_BASE + "stage-double-booked")
    STAGE_DOUBLE_BOOKED(409),
    @Schema(description = "The entry's status does not allow this (e.g. withdrawing a withdrawn entry).")
    @JsonProperty(TYPE_BASE + "entry-state")
    ENTRY_STATE(409),
    @Schema(description = "The program's submission window has closed.")
    @JsonProperty(TYPE_BASE + "submission-closed")
    SUBMISSION_CLOSED(409),
    @Schema(description = "The program's submission window has not opened yet.")
    @JsonProperty(TYPE_BASE + "submission-not-open")
    SUBMISSION_NOT_OPEN(409),
    @Schema(description = "The entry was changed by another request at the same time; reload and retry.")
    @JsonProperty(TYPE_BASE + "entry-changed")
    ENTRY_CHANGED(409),
    @Schema(
            description =
                    "A decision on everything a filter matches was confirmed for a different number of entries than the "
                            + "filter matches now; nothing was changed: preview again and confirm.")
    @JsonProperty(TYPE_BASE + "selection-changed")
    SELECTION_CHANGED(409),
    @Schema(description = "No attachment with this id on this entry.")
    @JsonProperty(TYPE_BASE + "attachment-not-found")
    ATTACHMENT_NOT_FOUND(404),
    @Schema(description = "The file (an attachment, a logo or a signature) is larger than the server accepts.")
    @JsonProperty(TYPE_BASE + "file-too-large")
    FILE_TOO_LARGE(413),
    @Schema(description = "An office document unpacks to too much data or too many parts.")
    @JsonProperty(TYPE_BASE + "archive-too-large")
    ARCHIVE_TOO_LARGE(413),
    @Schema(description = "The file's content is not an accepted type (PDF, PNG, JPEG, PPTX, DOCX, MP4).")
    @JsonProperty(TYPE_BASE + "file-type")
    FILE_TYPE(415),

    // ---- judging --------------------------------------------------------------------------------

    @Schema(description = "The round accepts no scores now (round or live slot not open for scoring).")
    @JsonProperty(TYPE_BASE + "scoring-closed")
    SCORING_CLOSED(409),
    @Schema(
            description =
                    "The round's scoring deadline has passed, so scorecards no longer change; organizers may move the deadline.")
    @JsonProperty(TYPE_BASE + "scoring-deadline-passed")
    SCORING_DEADLINE_PASSED(409),
    @Schema(description = "The scorecard was saved from another device at the same time; reload and retry.")
    @JsonProperty(TYPE_BASE + "scorecard-changed")
    SCORECARD_CHANGED(409),
    @Schema(description = "The judge has submitted a scorecard for this entry, so the assignment stays.")
    @JsonProperty(TYPE_BASE + "scorecard-submitted")
    SCORECARD_SUBMITTED(409),
    @Schema(description = "The judge has scored in this round and cannot leave its panel.")
    @JsonProperty(TYPE_BASE + "judge-has-scores")
    JUDGE_HAS_SCORES(409),
    @Schema(description = "The round has no judges yet; choose the panel first.")
    @JsonProperty(TYPE_BASE + "empty-panel")
    EMPTY_PANEL(409),
    @Schema(description = "The judge has a conflict of interest with this entry.")
    @JsonProperty(TYPE_BASE + "conflict-of-interest")
    CONFLICT_OF_INTEREST(409),
    @Schema(description = "The judge is not assigned to this entry in this round.")
    @JsonProperty(TYPE_BASE + "assignment-not-found")
    ASSIGNMENT_NOT_FOUND(404),
    @Schema(description = "The round has not been finalized, so it has no frozen ranking.")
    @JsonProperty(TYPE_BASE + "snapshot-not-found")
    SNAPSHOT_NOT_FOUND(404),

    // ---- live -----------------------------------------------------------------------------------

    @Schema(description = "No live session here, or the caller is not on its panel.")
    @JsonProperty(TYPE_BASE + "live-session-not-found")
    LIVE_SESSION_NOT_FOUND(404),
    @Schema(description = "The round is an ONLINE round; a live session needs a LIVE round.")
    @JsonProperty(TYPE_BASE + "not-live")
    NOT_LIVE(409),
    @Schema(description = "The live session was created by someone else at the same time; reload and retry.")
    @JsonProperty(TYPE_BASE + "session-changed")
    SESSION_CHANGED(409),
    @Schema(description = "The live session has ended.")
    @JsonProperty(TYPE_BASE + "session-ended")
    SESSION_ENDED(409),
    @Schema(description = "No slot with this id in the session.")
    @JsonProperty(TYPE_BASE + "slot-not-found")
    SLOT_NOT_FOUND(404),
    @Schema(description = "A slot that has started cannot leave the schedule.")
    @JsonProperty(TYPE_BASE + "slot-started")
    SLOT_STARTED(409),
    @Schema(description = "The action is not possible in the slot's current state.")
    @JsonProperty(TYPE_BASE + "slot-state")
    SLOT_STATE(409),
    @Schema(description = "Another slot is still on stage; finish it first.")
    @JsonProperty(TYPE_BASE + "slot-active")
    SLOT_ACTIVE(409),
    @Schema(description = "There is no current slot; name one with slotId.")
    @JsonProperty(TYPE_BASE + "no-current-slot")
    NO_CURRENT_SLOT(409),
    @Schema(description = "The session is paused; resume it first (or it is already paused).")
    @JsonProperty(TYPE_BASE + "paused")
    PAUSED(409),
    @Schema(description = "The session is not paused.")
    @JsonProperty(TYPE_BASE + "not-paused")
    NOT_PAUSED(409),
    @Schema(description = "No judge has submitted a score for this pitch yet.")
    @JsonProperty(TYPE_BASE + "no-scores")
    NO_SCORES(409),
    @Schema(description = "Not every expected judge has submitted; confirm to reveal a partial result.")
    @JsonProperty(TYPE_BASE + "reveal-incomplete")
    REVEAL_INCOMPLETE(409),

    // ---- the audience vote (audience: sign-in; live: votes) ---------------------------------------

    @Schema(description = "A code was sent to this address moments ago, or too many this hour; see Retry-After.")
    @JsonProperty(TYPE_BASE + "audience-code-throttled")
    AUDIENCE_CODE_THROTTLED(429),
    @Schema(description = "Too many wrong codes or tickets from this network; see Retry-After.")
    @JsonProperty(TYPE_BASE + "audience-sign-in-throttled")
    AUDIENCE_SIGN_IN_THROTTLED(429),
    @Schema(description = "The one-time code is wrong, used or expired; ask for a new one.")
    @JsonProperty(TYPE_BASE + "audience-code-invalid")
    AUDIENCE_CODE_INVALID(400),
    @Schema(description = "The ticket code is not one the organizer imported for this event.")
    @JsonProperty(TYPE_BASE + "audience-ticket-invalid")
    AUDIENCE_TICKET_INVALID(400),
    @Schema(description = "Voting needs a working audience token in X-Audience-Token.")
    @JsonProperty(TYPE_BASE + "audience-token-required")
    AUDIENCE_TOKEN_REQUIRED(401),
    @Schema(description = "The voter's ticket belongs to another program's event.")
    @JsonProperty(TYPE_BASE + "audience-ticket-elsewhere")
    AUDIENCE_TICKET_ELSEWHERE(403),
    @Schema(description = "The live round takes no audience vote.")
    @JsonProperty(TYPE_BASE + "audience-vote-off")
    AUDIENCE_VOTE_OFF(409),
    @Schema(description = "Votes are in, so the vote's mode can no longer change (its weight can).")
    @JsonProperty(TYPE_BASE + "audience-votes-cast")
    AUDIENCE_VOTES_CAST(409),
    @Schema(description = "The pitch is not taking votes now (before its Q&A or scoring, or after scoring closed).")
    @JsonProperty(TYPE_BASE + "voting-closed")
    VOTING_CLOSED(409),
    @Schema(description = "This person has already voted on this pitch; each person votes once.")
    @JsonProperty(TYPE_BASE + "already-voted")
    ALREADY_VOTED(409),
    @Schema(description = "One network address has cast as many votes on this pitch as allowed.")
    @JsonProperty(TYPE_BASE + "audience-address-limit")
    AUDIENCE_ADDRESS_LIMIT(429),
    @Schema(description = "One device has voted for as many different people on this pitch as allowed.")
    @JsonProperty(TYPE_BASE + "audience-device-limit")
    AUDIENCE_DEVICE_LIMIT(429),
    @Schema(description = "A vote to void is not in this session.")
    @JsonProperty(TYPE_BASE + "vote-not-found")
    VOTE_NOT_FOUND(404),

    // ---- matchmaking --------------------------------------------------------------------------
    @Schema(description = "The investor is not invited to this program's matchmaking.")
    @JsonProperty(TYPE_BASE + "investor-not-invited")
    INVESTOR_NOT_INVITED(403),
    @Schema(description = "No meeting this person takes part in has this id.")
    @JsonProperty(TYPE_BASE + "meeting-not-found")
    MEETING_NOT_FOUND(404),
    @Schema(description = "The investor already has an open meeting request or meeting with this team.")
    @JsonProperty(TYPE_BASE + "meeting-open")
    MEETING_OPEN(409),
    @Schema(description = "The meeting's state does not allow this step by this side (allowedActions lists what does).")
    @JsonProperty(TYPE_BASE + "meeting-step-not-allowed")
    MEETING_STEP_NOT_ALLOWED(409),

    // ---- awards ---------------------------------------------------------------------------------

    @Schema(description = "The program has no judging round yet.")
    @JsonProperty(TYPE_BASE + "no-final-round")
    NO_FINAL_ROUND(409),
    @Schema(description = "The final round must be finalized before winners are chosen.")
    @JsonProperty(TYPE_BASE + "final-round-not-finalized")
    FINAL_ROUND_NOT_FINALIZED(409),
    @Schema(description = "Winners are announced only after the call for entries has closed.")
    @JsonProperty(TYPE_BASE + "call-still-open")
    CALL_STILL_OPEN(409),
    @Schema(description = "Someone else published the next version at the same time; reload and review it.")
    @JsonProperty(TYPE_BASE + "announcement-changed")
    ANNOUNCEMENT_CHANGED(409),
    @Schema(description = "No winners have been announced for this program yet.")
    @JsonProperty(TYPE_BASE + "winners-not-published")
    WINNERS_NOT_PUBLISHED(404),
    @Schema(description = "There is no such version of the announcement.")
    @JsonProperty(TYPE_BASE + "announcement-not-found")
    ANNOUNCEMENT_NOT_FOUND(404),
    @Schema(description = "No certificate has this code.")
    @JsonProperty(TYPE_BASE + "certificate-not-found")
    CERTIFICATE_NOT_FOUND(404),

    // ---- notifications --------------------------------------------------------------------------

    @Schema(description = "No notification with this id for the caller.")
    @JsonProperty(TYPE_BASE + "notification-not-found")
    NOTIFICATION_NOT_FOUND(404);

    private static final Map<String, ProblemType> BY_SLUG =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ProblemType::slug, Function.identity()));

    private final int status;

    ProblemType(int status) {
        this.status = status;
    }

    /** The {@code type} member as sent, e.g. {@code https://laurel.dev/problems/entry-not-found}. */
    public String uri() {
        return field().getAnnotation(JsonProperty.class).value();
    }

    /** The last segment of the type URI, e.g. {@code entry-not-found}: what the code names when it refuses. */
    public String slug() {
        return uri().substring(TYPE_BASE.length());
    }

    /** The HTTP status a problem of this type carries (0 for the {@code http-{status}} family). */
    public int status() {
        return status;
    }

    /** What the type means, as the OpenAPI document says it. */
    public String meaning() {
        return field().getAnnotation(Schema.class).description();
    }

    /** The catalogued type with this slug; {@code http-404} and the like fall in {@link #HTTP_STATUS}. */
    public static Optional<ProblemType> ofSlug(String slug) {
        ProblemType known = BY_SLUG.get(slug);
        if (known == null && slug != null && slug.matches("http-[45]\\d\\d")) {
            known = HTTP_STATUS;
        }
        return Optional.ofNullable(known);
    }

    private java.lang.reflect.Field field() {
        try {
            return ProblemType.class.getField(name());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
