package org.laurel.overview;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.laurel.entries.EntryFigures;
import org.laurel.judging.RoundFigures;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramSummary;

/**
 * The organizer's home in figures: for each program the caller organizes, its entries by state
 * and how far each round's judging has got. Three queries in all (the caller's programs, entries
 * grouped by program and state, rounds with their counts), whatever the size of the season.
 */
@Singleton
public class OrganizerOverview {

    private final ProgramService programs;
    private final EntryFigures entries;
    private final RoundFigures rounds;

    OrganizerOverview(ProgramService programs, EntryFigures entries, RoundFigures rounds) {
        this.programs = programs;
        this.entries = entries;
        this.rounds = rounds;
    }

    public List<ProgramFigures> of(long organizerId) {
        List<Long> mine = programs.list(organizerId).stream()
                .filter(ProgramSummary::canEdit)
                .map(ProgramSummary::id)
                .toList();
        Map<Long, EntryFigures.Figures> entryFigures = entries.byProgram(mine);
        Map<Long, List<RoundFigures.Figures>> roundFigures = rounds.byProgram(mine);
        return mine.stream()
                .map(id -> new ProgramFigures(
                        id,
                        entryFigures.getOrDefault(id, EntryFigures.Figures.none()),
                        roundFigures.getOrDefault(id, List.of())))
                .toList();
    }

    /** One program's figures; rounds in their order. */
    @Serdeable
    public record ProgramFigures(long programId, EntryFigures.Figures entries, List<RoundFigures.Figures> rounds) {}
}
