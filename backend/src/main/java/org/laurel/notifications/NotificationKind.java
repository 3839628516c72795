package org.laurel.notifications;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a notification is about, and the parameters each kind needs (all plain strings). Every
 * kind also takes an optional {@code link}: a path in the app, such as {@code /my/entries/42}.
 */
public enum NotificationKind {

    /** An applicant submitted an entry. Params: entryTitle, programTitle. */
    ENTRY_SUBMITTED(List.of("entryTitle", "programTitle"), Map.of()),

    /** Screening decided an entry. Params: entryTitle, programTitle, eligible 'true'|'false', reason (when ineligible). */
    ELIGIBILITY_DECIDED(List.of("entryTitle", "programTitle", "eligible"), Map.of("eligible", Set.of("true", "false"))),

    /** A finalized round told an entry how it fared. Params: entryTitle, programTitle, roundName, advanced 'true'|'false'. */
    ROUND_OUTCOME(
            List.of("entryTitle", "programTitle", "roundName", "advanced"),
            Map.of("advanced", Set.of("true", "false"))),

    /**
     * Winners were announced. Params: programTitle, outcome 'AWARDED'|'NOT_AWARDED', tier (the prize,
     * may be empty), entryTitle (optional).
     */
    RESULTS_PUBLISHED(List.of("programTitle", "outcome"), Map.of("outcome", Set.of("AWARDED", "NOT_AWARDED"))),

    /** Email only: a password-reset link (the link is the whole point). Params: expires (a duration, e.g. "1 hour"). */
    PASSWORD_RESET(List.of(), Map.of()),

    /** Email only: a judge's account was made for them; the link sets their password. */
    ACCOUNT_INVITATION(List.of(), Map.of()),

    /**
     * Email only (the link is a secret): someone is invited to join an entry's team. Params:
     * entryTitle, programTitle, inviterName.
     */
    TEAM_INVITATION(List.of("entryTitle", "programTitle", "inviterName"), Map.of()),

    /**
     * A judge has scorecards left to submit in a round. Params: roundName, programTitle, pending
     * (how many), dueAt (the deadline as an ISO instant, optional), timeZone (the program's, to
     * write the deadline in; optional).
     */
    JUDGING_REMINDER(List.of("roundName", "programTitle", "pending"), Map.of()),

    /** Email only (the code is a secret): a one-time code to vote in the audience. Params: code, minutes. */
    AUDIENCE_CODE(List.of("code", "minutes"), Map.of()),

    /**
     * An investor asked an entry's team for a meeting. Params: entryTitle, investorName, firm,
     * times (the proposed start times, ISO instants separated by commas), timeZone (the program's).
     */
    MEETING_REQUESTED(List.of("entryTitle", "investorName", "firm", "times"), Map.of()),

    /**
     * A meeting was accepted (to both sides, with the calendar invitation). Params: entryTitle,
     * investorName, firm, startsAt (ISO instant), minutes, timeZone, location (optional).
     */
    MEETING_ACCEPTED(List.of("entryTitle", "investorName", "firm", "startsAt", "minutes"), Map.of()),

    /** The team declined an investor's request. Params: entryTitle, reply (optional). */
    MEETING_DECLINED(List.of("entryTitle"), Map.of()),

    /** A request was withdrawn or a meeting called off by the other side. Params: entryTitle, investorName, reply (optional). */
    MEETING_CANCELLED(List.of("entryTitle", "investorName"), Map.of());

    private final List<String> required;
    private final Map<String, Set<String>> allowed;

    NotificationKind(List<String> required, Map<String, Set<String>> allowed) {
        this.required = required;
        this.allowed = allowed;
    }

    /** The parameters this kind cannot do without. */
    public List<String> requiredParams() {
        return required;
    }

    /** Refuses parameters the messages could not be written from: a caller's bug, found at the call. */
    void check(Map<String, String> params) {
        for (String name : required) {
            String value = params.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(this + " needs the parameter " + name);
            }
        }
        allowed.forEach((name, values) -> {
            if (!values.contains(params.get(name))) {
                throw new IllegalArgumentException(this + ": " + name + " must be one of " + values);
            }
        });
    }
}
