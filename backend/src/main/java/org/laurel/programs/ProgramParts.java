package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** The rows that hang off a program. Each keeps its id across edits, since entries and tiers refer to them. */
final class ProgramParts {

    private ProgramParts() {}

    @MappedEntity("program_organizer")
    record Organizer(@Id @GeneratedValue @Nullable Long id, long programId, long userId) {}

    @MappedEntity("program_category")
    record Category(
            @Id @GeneratedValue @Nullable Long id,
            long programId,
            String name,
            int position,
            @Nullable @MappedProperty("name_i18n") String nameI18n) {}

    @MappedEntity("form_field")
    record Field(
            @Id @GeneratedValue @Nullable Long id,
            long programId,
            @MappedProperty("field_key") String key,
            String label,
            FieldType type,
            boolean required,
            @Nullable String options,
            @Nullable Integer maxLength,
            @Nullable String helpText,
            boolean identifying,
            int position,
            @Nullable @MappedProperty("label_i18n") String labelI18n,
            @Nullable @MappedProperty("help_text_i18n") String helpTextI18n,
            @Nullable @MappedProperty("options_i18n") String optionsI18n) {}

    @MappedEntity("prize_tier")
    record Tier(
            @Id @GeneratedValue @Nullable Long id,
            long programId,
            String name,
            @MappedProperty("tier_rank") int rank,
            int winners,
            @Nullable Long categoryId,
            int position,
            @Nullable @MappedProperty("name_i18n") String nameI18n) {}
}
