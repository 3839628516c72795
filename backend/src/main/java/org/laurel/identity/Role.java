package org.laurel.identity;

/** What a person may do in Laurel. One person may hold several. */
public enum Role {
    APPLICANT,
    JUDGE,
    ORGANIZER,
    ADMIN,
    /** Invited by organizers to a program's matchmaking: sees what teams chose to share, asks them for meetings. */
    INVESTOR
}
