package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What other modules need to know about an entry to judge it: category, and who is behind it (for conflicts). */
public record EntryFacts(
        long entryId,
        long programId,
        @Nullable Long categoryId,
        String title,
        @Nullable String organization,
        long applicantId,
        List<String> teamEmails) {}
