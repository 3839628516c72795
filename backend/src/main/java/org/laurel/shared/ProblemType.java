package org.laurel.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of every problem type the server sends, one section per module: the slug, its
 * status and what it means. The OpenAPI document lists these values (with each meaning) as the
 * {@code type} of the {@link Problem} schema, so the front end's generated types know them too.
 * {@code ProblemTypeTest} fails the build when code emits a type that is not listed here, or when
 * an entry here is no longer emitted anywhere.
 */
@Schema(name = "ProblemType", description = "Every problem type the API sends, as the full `type` URI of a problem+json body.")
public enum ProblemType {

    // ---- shared: any endpoint (request shape, routing, security, the server itself) -----------

    @Schema(description = "A field is missing, malformed or out of range; `errors` lists each field by the path the client sent.")
    VALIDATION("validation", 400),
    @Schema(description = "The request could not be read as asked (e.g. a query value of the wrong type).")
    BAD_REQUEST("bad-request", 400),
    @Schema(description = "The body is not well-formed JSON or form data.")
    MALFORMED_BODY("malformed-body", 400),
    @Schema(description = "No valid access token: sign in (or refresh the session) and try again.")
    UNAUTHORIZED("unauthorized", 401),
    @Schema(description = "Signed in, but without a role that may do this.")
    FORBIDDEN("forbidden", 403),
    @Schema(description = "There is nothing at this address (an unknown route).")
    NOT_FOUND("not-found", 404),
    @Schema(description = "The address exists, but not with this HTTP method.")
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    @Schema(description = "The server cannot answer in a media type the Accept header allows.")
    NOT_ACCEPTABLE("not-acceptable", 406),
    @Schema(description = "The request clashes with the current state (a framework-level conflict).")
    CONFLICT("conflict", 409),
    @Schema(description = "The request body is larger than the server accepts.")
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    @Schema(description = "The Content-Type is not one this endpoint reads.")
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    @Schema(description = "The Content-Type names a charset the server does not know; send UTF-8.")
    UNSUPPORTED_CHARSET("unsupported-charset", 415),
    @Schema(description = "Too many requests; the Retry-After header says when to try again.")
    TOO_MANY_REQUESTS("too-many-requests", 429),
    @Schema(description = "The server failed; the cause is only in its log.")
    SERVER_ERROR("server-error", 500),
    @Schema(description = "The change could not be written to disk; nothing was saved, try again.")
    STORAGE_UNAVAILABLE("storage-unavailable", 503),
    @Schema(description = "Any other status the framework raised with no more specific type: `http-` and the status code.")
    HTTP_STATUS("http-{status}", 0),

    // ---- identity -------------------------------------------------------------------------------

    @Schema(description = "An account with this email already exists.")
    EMAIL_TAKEN("email-taken", 409),
    @Schema(description = "The email or the password is not correct.")
    BAD_CREDENTIALS("bad-credentials", 401),
    @Schema(description = "No user has this id.")
    USER_NOT_FOUND("user-not-found", 404),
    @Schema(description = "The change would leave no active administrator.")
    LAST_ADMIN("last-admin", 409),
    @Schema(description = "The account has been deactivated by an administrator.")
    ACCOUNT_DEACTIVATED("account-deactivated", 403),
    @Schema(description = "The refresh token is unknown, expired, revoked or already used: sign in again.")
    INVALID_GRANT("invalid-grant", 400),
    @Schema(description = "Only grant_type=refresh_token is accepted at the token endpoint.")
    UNSUPPORTED_GRANT_TYPE("unsupported-grant-type", 400),
    @Schema(description = "Signing out needs the session's refresh token or a signed-in caller.")
    NOT_SIGNED_IN("not-signed-in", 401),
    @Schema(description = "The token request could not be read as a form or JSON.")
    MALFORMED_REQUEST("malformed-request", 400),
    @Schema(description = "Too many failed sign-ins for this account or address; see Retry-After.")
    LOGIN_THROTTLED("login-throttled", 429),
    @Schema(description = "Too many sign-ups from this address; see Retry-After.")
    REGISTRATION_THROTTLED("registration-throttled", 429),

    // ---- programs (programs and their rounds) ---------------------------------------------------

    @Schema(description = "No program with this id or slug, or one the caller may not see (a draft).")
    PROGRAM_NOT_FOUND("program-not-found", 404),
    @Schema(description = "Only the program's organizers may do this.")
    NOT_PROGRAM_ORGANIZER("not-program-organizer", 403),
    @Schema(description = "Another program already uses this slug.")
    SLUG_TAKEN("slug-taken", 409),
    @Schema(description = "The program is already published.")
    PROGRAM_ALREADY_PUBLISHED("program-already-published", 409),
    @Schema(description = "A removed category still has entries or prize tiers.")
    CATEGORY_IN_USE("category-in-use", 409),
    @Schema(description = "No round with this id, or not one of the caller's programs.")
    ROUND_NOT_FOUND("round-not-found", 404),
    @Schema(description = "The round's status does not allow this (e.g. finalizing an open round).")
    ROUND_STATE("round-state", 409),
    @Schema(description = "The rubric cannot change once the round has opened.")
    RUBRIC_LOCKED("rubric-locked", 409),
    @Schema(description = "The previous round must be finalized before this one opens.")
    PREVIOUS_ROUND_OPEN("previous-round-open", 409),
    @Schema(description = "The round was changed by another request at the same time; reload and retry.")
    ROUND_CHANGED("round-changed", 409),

    // ---- entries --------------------------------------------------------------------------------

    @Schema(description = "No entry with this id that the caller may see.")
    ENTRY_NOT_FOUND("entry-not-found", 404),
    @Schema(description = "Only the entry's applicant may change it.")
    NOT_ENTRY_OWNER("not-entry-owner", 403),
    @Schema(description = "The entry's status does not allow this (e.g. withdrawing a withdrawn entry).")
    ENTRY_STATE("entry-state", 409),
    @Schema(description = "The program's submission window has closed.")
    SUBMISSION_CLOSED("submission-closed", 409),
    @Schema(description = "The program's submission window has not opened yet.")
    SUBMISSION_NOT_OPEN("submission-not-open", 409),
    @Schema(description = "The entry was changed by another request at the same time; reload and retry.")
    ENTRY_CHANGED("entry-changed", 409),
    @Schema(description = "No attachment with this id on this entry.")
    ATTACHMENT_NOT_FOUND("attachment-not-found", 404),
    @Schema(description = "The file is larger than the server accepts.")
    FILE_TOO_LARGE("file-too-large", 413),
    @Schema(description = "An office document unpacks to too much data or too many parts.")
    ARCHIVE_TOO_LARGE("archive-too-large", 413),
    @Schema(description = "The file's content is not an accepted type (PDF, PNG, JPEG, PPTX, DOCX, MP4).")
    FILE_TYPE("file-type", 415),

    // ---- judging --------------------------------------------------------------------------------

    @Schema(description = "The round accepts no scores now (round or live slot not open for scoring).")
    SCORING_CLOSED("scoring-closed", 409),
    @Schema(description = "The scorecard was saved from another device at the same time; reload and retry.")
    SCORECARD_CHANGED("scorecard-changed", 409),
    @Schema(description = "The judge has submitted a scorecard for this entry, so the assignment stays.")
    SCORECARD_SUBMITTED("scorecard-submitted", 409),
    @Schema(description = "The judge has scored in this round and cannot leave its panel.")
    JUDGE_HAS_SCORES("judge-has-scores", 409),
    @Schema(description = "The round has no judges yet; choose the panel first.")
    EMPTY_PANEL("empty-panel", 409),
    @Schema(description = "The judge has a conflict of interest with this entry.")
    CONFLICT_OF_INTEREST("conflict-of-interest", 409),
    @Schema(description = "The judge is not assigned to this entry in this round.")
    ASSIGNMENT_NOT_FOUND("assignment-not-found", 404),
    @Schema(description = "The round has not been finalized, so it has no frozen ranking.")
    SNAPSHOT_NOT_FOUND("snapshot-not-found", 404),

    // ---- live -----------------------------------------------------------------------------------

    @Schema(description = "No live session here, or the caller is not on its panel.")
    LIVE_SESSION_NOT_FOUND("live-session-not-found", 404),
    @Schema(description = "The round is an ONLINE round; a live session needs a LIVE round.")
    NOT_LIVE("not-live", 409),
    @Schema(description = "The live session was created by someone else at the same time; reload and retry.")
    SESSION_CHANGED("session-changed", 409),
    @Schema(description = "The live session has ended.")
    SESSION_ENDED("session-ended", 409),
    @Schema(description = "No slot with this id in the session.")
    SLOT_NOT_FOUND("slot-not-found", 404),
    @Schema(description = "A slot that has started cannot leave the schedule.")
    SLOT_STARTED("slot-started", 409),
    @Schema(description = "The action is not possible in the slot's current state.")
    SLOT_STATE("slot-state", 409),
    @Schema(description = "Another slot is still on stage; finish it first.")
    SLOT_ACTIVE("slot-active", 409),
    @Schema(description = "There is no current slot; name one with slotId.")
    NO_CURRENT_SLOT("no-current-slot", 409),
    @Schema(description = "The session is paused; resume it first (or it is already paused).")
    PAUSED("paused", 409),
    @Schema(description = "The session is not paused.")
    NOT_PAUSED("not-paused", 409),
    @Schema(description = "No judge has submitted a score for this pitch yet.")
    NO_SCORES("no-scores", 409),
    @Schema(description = "Not every expected judge has submitted; confirm to reveal a partial result.")
    REVEAL_INCOMPLETE("reveal-incomplete", 409),

    // ---- awards ---------------------------------------------------------------------------------

    @Schema(description = "The program has no judging round yet.")
    NO_FINAL_ROUND("no-final-round", 409),
    @Schema(description = "The final round must be finalized before winners are chosen.")
    FINAL_ROUND_NOT_FINALIZED("final-round-not-finalized", 409),
    @Schema(description = "Winners are announced only after the call for entries has closed.")
    CALL_STILL_OPEN("call-still-open", 409),
    @Schema(description = "Someone else published the next version at the same time; reload and review it.")
    ANNOUNCEMENT_CHANGED("announcement-changed", 409),
    @Schema(description = "No winners have been announced for this program yet.")
    WINNERS_NOT_PUBLISHED("winners-not-published", 404),
    @Schema(description = "There is no such version of the announcement.")
    ANNOUNCEMENT_NOT_FOUND("announcement-not-found", 404),
    @Schema(description = "No certificate has this code.")
    CERTIFICATE_NOT_FOUND("certificate-not-found", 404),

    // ---- notifications --------------------------------------------------------------------------

    @Schema(description = "No notification with this id for the caller.")
    NOTIFICATION_NOT_FOUND("notification-not-found", 404);

    /** Every problem's {@code type} is this base followed by the slug. */
    public static final String BASE = "https://laurel.dev/problems/";

    private static final Map<String, ProblemType> BY_SLUG = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProblemType::slug, Function.identity()));

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    /** The last segment of the type URI, e.g. {@code entry-not-found}. */
    public String slug() {
        return slug;
    }

    /** The HTTP status a problem of this type carries (0 for the {@code http-{status}} family). */
    public int status() {
        return status;
    }

    /** The {@code type} member as sent, e.g. {@code https://laurel.dev/problems/entry-not-found}. */
    @JsonValue
    public String uri() {
        return BASE + slug;
    }

    /** What the type means, as the OpenAPI document says it. */
    public String meaning() {
        try {
            return ProblemType.class.getField(name()).getAnnotation(Schema.class).description();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The catalogued type with this slug; {@code http-404} and the like fall in {@link #HTTP_STATUS}. */
    public static Optional<ProblemType> ofSlug(String slug) {
        ProblemType known = BY_SLUG.get(slug);
        if (known == null && slug != null && slug.matches("http-[45]\\d\\d")) {
            known = HTTP_STATUS;
        }
        return Optional.ofNullable(known);
    }
}
