package org.laurel.entries;

/** How someone belongs to an entry's team. */
public enum TeamRole {
    /** The applicant: submits, withdraws, invites, removes members and transfers the ownership. */
    OWNER,
    /** Joined by invitation: reads and edits the entry, and is told what happens to it. */
    MEMBER
}
