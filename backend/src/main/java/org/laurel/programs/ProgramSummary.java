package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** One line of the program list: texts in the reader's language, the title in both under {@code i18n}. */
@Serdeable
public record ProgramSummary(
        long id,
        ProgramKind kind,
        String title,
        String slug,
        String timeZone,
        Instant submissionOpensAt,
        Instant submissionClosesAt,
        SubmissionWindow.State submissionState,
        ProgramStatus status,
        @Nullable Instant publishedAt,
        List<String> categories,
        boolean canEdit,
        I18n i18n) {

    @Serdeable
    public record I18n(org.laurel.shared.LocalizedText title) {}
}
