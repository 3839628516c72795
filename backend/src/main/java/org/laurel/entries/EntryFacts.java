package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * What other modules need to know about an entry to judge it: category, and who is behind it
 * (for conflicts): the owner ({@code applicantId}), the members who joined its team
 * ({@code memberIds}), the emails its roster declares ({@code teamEmails}, lower case) and the
 * institutions its roster names ({@code teamOrganizations}).
 */
public record EntryFacts(
        long entryId,
        long programId,
        @Nullable Long categoryId,
        String title,
        @Nullable String organization,
        long applicantId,
        List<String> teamEmails,
        List<Long> memberIds,
        List<String> teamOrganizations) {

    /** Everyone on the team with an account: the owner first. */
    public List<Long> teamIds() {
        List<Long> ids = new java.util.ArrayList<>();
        ids.add(applicantId);
        ids.addAll(memberIds);
        return ids;
    }
}
