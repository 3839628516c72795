package org.laurel.programs;

import io.micronaut.core.annotation.Creator;
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
import org.laurel.shared.LocalizedText;
import org.laurel.shared.TextRules.RequiredText;
import org.laurel.shared.TextRules.TextSize;

/**
 * Create or replace a program's call. Nested items that carry an {@code id} update that item;
 * items without one are added; existing items left out are removed. Texts may be a plain string
 * or {@code {"zh-CN", "en"}} (see {@link LocalizedText}); size limits apply to each language.
 */
@Serdeable
public record SaveProgramRequest(
        @NotNull ProgramKind kind,
        @RequiredText @TextSize(max = 200) LocalizedText title,

        @Nullable
        @Size(max = 80)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens")
        String slug,

        @Nullable @TextSize(max = 20000) LocalizedText description,
        @Nullable @Size(max = 60) String timeZone,
        @NotNull Instant submissionOpensAt,
        @NotNull Instant submissionClosesAt,
        @Nullable @Size(max = 30) List<@Valid @NotNull CategoryInput> categories,
        @Nullable @Size(max = 60) List<@Valid @NotNull FormFieldInput> formFields,
        @Nullable @Size(max = 30) List<@Valid @NotNull PrizeTierInput> prizeTiers,
        @Nullable @Valid BrandInput brand,
        @Nullable @Valid TeamRules team,

        /** The event whose schedule groups this program's stages with others' ("" for none; absent: unchanged). */
        @Nullable
        @Size(max = 80)
        @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens")
        String event) {

    @Creator
    public SaveProgramRequest {}

    /** A save without an event part: the stored event stays as it is. */
    public SaveProgramRequest(
            ProgramKind kind,
            LocalizedText title,
            @Nullable String slug,
            @Nullable LocalizedText description,
            @Nullable String timeZone,
            Instant submissionOpensAt,
            Instant submissionClosesAt,
            @Nullable List<CategoryInput> categories,
            @Nullable List<FormFieldInput> formFields,
            @Nullable List<PrizeTierInput> prizeTiers,
            @Nullable BrandInput brand,
            @Nullable TeamRules team) {
        this(
                kind,
                title,
                slug,
                description,
                timeZone,
                submissionOpensAt,
                submissionClosesAt,
                categories,
                formFields,
                prizeTiers,
                brand,
                team,
                null);
    }

    /** A save without a team part: the stored team rules stay as they are. */
    public SaveProgramRequest(
            ProgramKind kind,
            LocalizedText title,
            @Nullable String slug,
            @Nullable LocalizedText description,
            @Nullable String timeZone,
            Instant submissionOpensAt,
            Instant submissionClosesAt,
            @Nullable List<CategoryInput> categories,
            @Nullable List<FormFieldInput> formFields,
            @Nullable List<PrizeTierInput> prizeTiers,
            @Nullable BrandInput brand) {
        this(
                kind,
                title,
                slug,
                description,
                timeZone,
                submissionOpensAt,
                submissionClosesAt,
                categories,
                formFields,
                prizeTiers,
                brand,
                null,
                null);
    }

    /** A save without a brand part: the stored brand stays as it is. */
    public SaveProgramRequest(
            ProgramKind kind,
            LocalizedText title,
            @Nullable String slug,
            @Nullable LocalizedText description,
            @Nullable String timeZone,
            Instant submissionOpensAt,
            Instant submissionClosesAt,
            @Nullable List<CategoryInput> categories,
            @Nullable List<FormFieldInput> formFields,
            @Nullable List<PrizeTierInput> prizeTiers) {
        this(
                kind,
                title,
                slug,
                description,
                timeZone,
                submissionOpensAt,
                submissionClosesAt,
                categories,
                formFields,
                prizeTiers,
                null,
                null,
                null);
    }

    public List<CategoryInput> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }

    public List<FormFieldInput> formFieldsOrEmpty() {
        return formFields == null ? List.of() : formFields;
    }

    public List<PrizeTierInput> prizeTiersOrEmpty() {
        return prizeTiers == null ? List.of() : prizeTiers;
    }

    public LocalizedText descriptionOrEmpty() {
        return description == null ? LocalizedText.EMPTY : description;
    }

    /**
     * The program's brand, replaced as a whole when sent and left unchanged when the request has no
     * {@code brand}: an accent colour {@code #RRGGBB} (empty or null for none, checked by
     * {@link ProgramBrand}) and who signs its certificates. The signature image has its own endpoint.
     */
    @Serdeable
    public record BrandInput(
            @Nullable String accentColor,
            @Nullable @TextSize(max = 100) LocalizedText signerName,
            @Nullable @TextSize(max = 100) LocalizedText signerTitle) {

        public LocalizedText signerNameOrEmpty() {
            return signerName == null ? LocalizedText.EMPTY : signerName;
        }

        public LocalizedText signerTitleOrEmpty() {
            return signerTitle == null ? LocalizedText.EMPTY : signerTitle;
        }
    }

    @Serdeable
    public record CategoryInput(
            @Nullable Long id,
            @RequiredText @TextSize(max = 100) LocalizedText name) {

        @Creator
        public CategoryInput {}

        public CategoryInput(@Nullable Long id, String name) {
            this(id, LocalizedText.of(name));
        }
    }

    /** {@code options}' primary texts are the values answers store; both languages are their display texts. */
    @Serdeable
    public record FormFieldInput(
            @Nullable Long id,

            @NotBlank
            @Pattern(
                    regexp = "[A-Za-z][A-Za-z0-9_]{0,39}",
                    message = "must start with a letter and use letters, digits or _ (at most 40)")
            String key,

            @RequiredText @TextSize(max = 200) LocalizedText label,
            @NotNull FieldType type,
            boolean required,
            @Nullable @Size(max = 100) List<@RequiredText @TextSize(max = 200) LocalizedText> options,
            @Nullable @Min(1) @Max(100_000) Integer maxLength,
            @Nullable @TextSize(max = 500) LocalizedText helpText,
            boolean identifying) {

        @Creator
        public FormFieldInput {}

        public FormFieldInput(
                @Nullable Long id,
                String key,
                String label,
                FieldType type,
                boolean required,
                @Nullable List<String> options,
                @Nullable Integer maxLength,
                @Nullable String helpText,
                boolean identifying) {
            this(
                    id,
                    key,
                    LocalizedText.of(label),
                    type,
                    required,
                    options == null
                            ? null
                            : options.stream().map(LocalizedText::of).toList(),
                    maxLength,
                    helpText == null ? null : LocalizedText.of(helpText),
                    identifying);
        }

        public List<LocalizedText> optionsOrEmpty() {
            return options == null ? List.of() : options;
        }
    }

    /**
     * {@code categoryId} names an existing category; {@code categoryName} one in this same request
     * (by its text in either language).
     */
    @Serdeable
    public record PrizeTierInput(
            @Nullable Long id,
            @RequiredText @TextSize(max = 100) LocalizedText name,
            @Min(1) @Max(100) int rank,
            @Min(1) @Max(10_000) int count,
            @Nullable Long categoryId,
            @Nullable @Size(max = 100) String categoryName) {

        @Creator
        public PrizeTierInput {}

        public PrizeTierInput(
                @Nullable Long id,
                String name,
                int rank,
                int count,
                @Nullable Long categoryId,
                @Nullable String categoryName) {
            this(id, LocalizedText.of(name), rank, count, categoryId, categoryName);
        }
    }
}
