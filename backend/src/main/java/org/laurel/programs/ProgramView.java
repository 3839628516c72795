package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A program as the API shows it; {@code canEdit} tells the caller whether they organize it.
 * {@code logoUrl} is where its logo is served (it changes with the logo, so it may be cached), or null.
 */
@Serdeable
public record ProgramView(
        long id,
        ProgramKind kind,
        String title,
        String slug,
        String description,
        String timeZone,
        Instant submissionOpensAt,
        Instant submissionClosesAt,
        SubmissionWindow.State submissionState,
        ProgramStatus status,
        @Nullable Instant publishedAt,
        List<CategoryView> categories,
        List<FormFieldView> formFields,
        List<PrizeTierView> prizeTiers,
        boolean canEdit,
        @Nullable String logoUrl) {

    /** A category's name, or null for none or an unknown id. */
    public String categoryName(@Nullable Long categoryId) {
        return categoryId == null
                ? null
                : categories.stream()
                        .filter(c -> c.id() == categoryId)
                        .map(CategoryView::name)
                        .findFirst()
                        .orElse(null);
    }

    @Serdeable
    public record CategoryView(long id, String name) {}

    @Serdeable
    public record FormFieldView(
            long id,
            String key,
            String label,
            FieldType type,
            boolean required,
            List<String> options,
            @Nullable Integer maxLength,
            @Nullable String helpText,
            boolean identifying) {}

    @Serdeable
    public record PrizeTierView(
            long id,
            String name,
            int rank,
            int count,
            @Nullable Long categoryId) {}

    public SubmissionWindow window() {
        return new SubmissionWindow(submissionOpensAt, submissionClosesAt);
    }

    public boolean hasCategory(long categoryId) {
        return categories.stream().anyMatch(c -> c.id() == categoryId);
    }
}
