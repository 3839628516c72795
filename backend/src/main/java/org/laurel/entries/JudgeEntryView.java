package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.laurel.entries.EntryViews.AttachmentView;
import org.laurel.entries.SaveEntryRequest.TeamMember;

/**
 * An entry as a judge sees it. In a blind round everything that identifies the applicants is
 * left out: organization, team, the applicant, and every form answer marked identifying.
 */
@Serdeable
public record JudgeEntryView(
        long id,
        long programId,
        String title,
        @Nullable Long categoryId,
        @Nullable String categoryName,
        String summary,
        @Nullable String organization,
        @Nullable List<TeamMember> team,
        List<LabelledAnswer> answers,
        List<AttachmentView> attachments,
        boolean blind) {

    @Serdeable
    public record LabelledAnswer(String key, String label, Object value) {}
}
