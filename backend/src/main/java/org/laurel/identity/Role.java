package org.laurel.identity;

/** What a person may do in Laurel. One person may hold several. */
public enum Role {
    APPLICANT,
    JUDGE,
    ORGANIZER,
    ADMIN
}
