package org.laurel.awards;

/** What the winners page may offer an organizer now ({@code allowedActions}), or say why not ({@code unavailableActions}). */
public enum AwardAction {
    PUBLISH
}
