package org.laurel.participation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.laurel.entries.InstitutionKind;

/**
 * Who took part in a program: {@code teams} (submitted entries, withdrawn ones left out),
 * {@code people} (distinct by email, else one per roster line), {@code institutions} people by
 * their institution's kind, {@code distinctInstitutions} institutions by kind after names are
 * folded and aliases applied, {@code unaffiliated} people with no institution given; then by
 * category, by country or region (where given), by submission day (in the program's time
 * zone, with the running total) and the institutions themselves, most teams first.
 */
@Serdeable
public record ParticipationView(
        long programId,
        int teams,
        int people,
        Map<InstitutionKind, Integer> institutions,
        Map<InstitutionKind, Integer> distinctInstitutions,
        int unaffiliated,
        List<CategoryFigures> byCategory,
        List<RegionFigures> regions,
        List<DayFigures> overTime,
        List<InstitutionFigures> topInstitutions) {

    @Serdeable
    public record CategoryFigures(
            @Nullable Long categoryId, @Nullable String name, int teams, int people, int universities, int companies) {}

    @Serdeable
    public record RegionFigures(String region, int teams, int people) {}

    @Serdeable
    public record DayFigures(LocalDate date, int teams, int cumulative) {}

    @Serdeable
    public record InstitutionFigures(String name, InstitutionKind kind, int teams, int people) {}

    /** One of the organizer's aliases: {@code alias} counts as {@code canonical}. */
    @Serdeable
    public record Alias(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200)
            String alias,

            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200)
            String canonical) {}

    /** The program's whole list of aliases, replaced at once. */
    @Serdeable
    public record AliasList(
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 1000)
            List<@jakarta.validation.Valid @jakarta.validation.constraints.NotNull Alias> aliases) {}
}
