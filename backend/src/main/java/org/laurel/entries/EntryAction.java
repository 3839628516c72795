package org.laurel.entries;

/** What an entry's view may offer its applicant now ({@code allowedActions}), or say why not ({@code unavailableActions}). */
public enum EntryAction {
    EDIT,
    SUBMIT,
    WITHDRAW
}
