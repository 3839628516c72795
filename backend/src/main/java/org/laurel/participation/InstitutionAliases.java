package org.laurel.participation;

import jakarta.inject.Singleton;
import java.util.List;
import org.laurel.participation.ParticipationView.Alias;

/**
 * A program's institution aliases for other modules (the demo seeds an organizer's list with it):
 * the same call as the organizer's {@code PUT /api/programs/{programId}/institution-aliases}, so the
 * same checks (the caller organizes the program, every alias names both sides, none is listed
 * twice) and the same audit record apply.
 */
@Singleton
public class InstitutionAliases {

    private final ParticipationService participation;

    InstitutionAliases(ParticipationService participation) {
        this.participation = participation;
    }

    /** Replaces the program's whole list of aliases; returns the list as stored. */
    public List<Alias> replace(long programId, List<Alias> aliases, long organizerId) {
        return participation.replaceAliases(programId, aliases, organizerId);
    }
}
