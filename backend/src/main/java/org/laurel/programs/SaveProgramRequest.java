package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Create or replace a program's call. Nested items that carry an {@code id} update that item;
 * items without one are added; existing items left out are removed.
 */
@Serdeable
public record SaveProgramRequest(
        @NotNull ProgramKind kind,
        @NotBlank @Size(max = 200) String title,

        @Nullable
        @Size(max = 80)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens")
        String slug,

        @Nullable @Size(max = 20000) String description,
        @Nullable @Size(max = 60) String timeZone,
        @NotNull Instant submissionOpensAt,
        @NotNull Instant submissionClosesAt,
        @Nullable @Size(max = 30) List<@Valid @NotNull CategoryInput> categories,
        @Nullable @Size(max = 60) List<@Valid @NotNull FormFieldInput> formFields,
        @Nullable @Size(max = 30) List<@Valid @NotNull PrizeTierInput> prizeTiers) {

    public List<CategoryInput> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }

    public List<FormFieldInput> formFieldsOrEmpty() {
        return formFields == null ? List.of() : formFields;
    }

    public List<PrizeTierInput> prizeTiersOrEmpty() {
        return prizeTiers == null ? List.of() : prizeTiers;
    }

    @Serdeable
    public record CategoryInput(
            @Nullable Long id, @NotBlank @Size(max = 100) String name) {}

    @Serdeable
    public record FormFieldInput(
            @Nullable Long id,

            @NotBlank
            @Pattern(
                    regexp = "[A-Za-z][A-Za-z0-9_]{0,39}",
                    message = "must start with a letter and use letters, digits or _ (at most 40)")
            String key,

            @NotBlank @Size(max = 200) String label,
            @NotNull FieldType type,
            boolean required,
            @Nullable @Size(max = 100) List<@NotBlank @Size(max = 200) String> options,
            @Nullable @Min(1) @Max(100_000) Integer maxLength,
            @Nullable @Size(max = 500) String helpText,
            boolean identifying) {}

    /** {@code categoryId} names an existing category; {@code categoryName} one in this same request. */
    @Serdeable
    public record PrizeTierInput(
            @Nullable Long id,
            @NotBlank @Size(max = 100) String name,
            @Min(1) @Max(100) int rank,
            @Min(1) @Max(10_000) int count,
            @Nullable Long categoryId,
            @Nullable @Size(max = 100) String categoryName) {}
}
