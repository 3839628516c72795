package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.laurel.shared.Language;
import org.laurel.shared.LocalizedText;

/**
 * A program as the API shows it; {@code canEdit} tells the caller whether they organize it.
 * {@code logoUrl} is where its logo is served (it changes with the logo, so it may be cached), or null;
 * {@code brand} is its accent colour and certificate signer; {@code team} its rules for teams;
 * {@code event} the event (a slug) whose public schedule shows its stages with other programs', or null.
 * Translatable texts appear in one language under their own names and in both under {@code i18n};
 * {@link #in(Language)} makes the copy for one reader (services cache the view before that step).
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
        @Nullable String logoUrl,
        Brand brand,
        TeamRules team,
        I18n i18n,
        @Nullable String event) {

    @Serdeable
    public record I18n(LocalizedText title, LocalizedText description) {}

    /**
     * How the program looks: {@code accentColor} ({@code #RRGGBB}, or null for the house colours)
     * with {@code accentText}, the text colour that reads on it (chosen by {@link ProgramBrand});
     * who signs its certificates, in the reader's language and in both under {@code i18n}; and,
     * for its organizers only, where the signature image is served (null otherwise or without one).
     */
    @Serdeable
    public record Brand(
            @Nullable String accentColor,
            @Nullable String accentText,
            @Nullable String signatureUrl,
            String signerName,
            String signerTitle,
            Signer i18n) {

        public static final Brand NONE = new Brand(null, null, null, "", "", Signer.NONE);

        Brand in(Language language) {
            return new Brand(
                    accentColor,
                    accentText,
                    signatureUrl,
                    i18n.signerName().in(language),
                    i18n.signerTitle().in(language),
                    i18n);
        }
    }

    @Serdeable
    public record Signer(LocalizedText signerName, LocalizedText signerTitle) {
        static final Signer NONE = new Signer(LocalizedText.EMPTY, LocalizedText.EMPTY);
    }

    /** This view with every translatable text in {@code language}. */
    public ProgramView in(Language language) {
        return new ProgramView(
                id,
                kind,
                i18n.title().in(language),
                slug,
                i18n.description().in(language),
                timeZone,
                submissionOpensAt,
                submissionClosesAt,
                submissionState,
                status,
                publishedAt,
                categories.stream().map(c -> c.in(language)).toList(),
                formFields.stream().map(f -> f.in(language)).toList(),
                prizeTiers.stream().map(t -> t.in(language)).toList(),
                canEdit,
                logoUrl,
                brand.in(language),
                team,
                i18n,
                event);
    }

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
    public record CategoryView(long id, String name, Names i18n) {

        @io.micronaut.core.annotation.Creator
        public CategoryView {}

        public CategoryView(long id, String name) {
            this(id, name, new Names(LocalizedText.of(name)));
        }

        CategoryView in(Language language) {
            return new CategoryView(id, i18n.name().in(language), i18n);
        }
    }

    /** The {@code i18n} of items whose one translatable text is their name. */
    @Serdeable
    public record Names(LocalizedText name) {}

    /**
     * {@code options} are the values answers store (the primary texts, whatever the reader's
     * language); {@code optionLabels} show them in the reader's language, index-aligned.
     */
    @Serdeable
    public record FormFieldView(
            long id,
            String key,
            String label,
            FieldType type,
            boolean required,
            List<String> options,
            List<String> optionLabels,
            @Nullable Integer maxLength,
            @Nullable String helpText,
            boolean identifying,
            FieldTexts i18n) {

        @io.micronaut.core.annotation.Creator
        public FormFieldView {}

        public FormFieldView(
                long id,
                String key,
                String label,
                FieldType type,
                boolean required,
                List<String> options,
                @Nullable Integer maxLength,
                @Nullable String helpText,
                boolean identifying) {
            this(
                    id,
                    key,
                    label,
                    type,
                    required,
                    options,
                    options,
                    maxLength,
                    helpText,
                    identifying,
                    new FieldTexts(
                            LocalizedText.of(label),
                            LocalizedText.of(helpText),
                            ChoiceTexts.of(
                                    options.stream().map(LocalizedText::of).toList())));
        }

        FormFieldView in(Language language) {
            String help = i18n.helpText().in(language);
            return new FormFieldView(
                    id,
                    key,
                    i18n.label().in(language),
                    type,
                    required,
                    options,
                    i18n.options().in(language),
                    maxLength,
                    help.isEmpty() ? null : help,
                    identifying,
                    i18n);
        }
    }

    @Serdeable
    public record FieldTexts(LocalizedText label, LocalizedText helpText, ChoiceTexts options) {}

    /** Choices' display texts per language, index-aligned with {@code options}; an empty one shows the other language's. */
    @Serdeable
    public record ChoiceTexts(
            @com.fasterxml.jackson.annotation.JsonProperty("zh-CN")
            List<String> zhCN,

            @com.fasterxml.jackson.annotation.JsonProperty("en")
            List<String> en) {

        static ChoiceTexts of(List<LocalizedText> choices) {
            return new ChoiceTexts(
                    choices.stream().map(LocalizedText::zhCN).toList(),
                    choices.stream().map(LocalizedText::en).toList());
        }

        List<String> in(Language language) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < Math.min(zhCN.size(), en.size()); i++) {
                out.add(new LocalizedText(zhCN.get(i), en.get(i)).in(language));
            }
            return out;
        }
    }

    @Serdeable
    public record PrizeTierView(
            long id,
            String name,
            int rank,
            int count,
            @Nullable Long categoryId,
            Names i18n) {

        @io.micronaut.core.annotation.Creator
        public PrizeTierView {}

        public PrizeTierView(long id, String name, int rank, int count, @Nullable Long categoryId) {
            this(id, name, rank, count, categoryId, new Names(LocalizedText.of(name)));
        }

        PrizeTierView in(Language language) {
            return new PrizeTierView(id, i18n.name().in(language), rank, count, categoryId, i18n);
        }
    }

    public SubmissionWindow window() {
        return new SubmissionWindow(submissionOpensAt, submissionClosesAt);
    }

    public boolean hasCategory(long categoryId) {
        return categories.stream().anyMatch(c -> c.id() == categoryId);
    }
}
