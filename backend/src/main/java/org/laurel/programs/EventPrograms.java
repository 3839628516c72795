package org.laurel.programs;

import jakarta.inject.Singleton;
import java.util.List;

/** The programs an event (the expo) groups, for the public schedule of their stages. */
@Singleton
public class EventPrograms {

    private final ProgramRepositories.Programs programs;
    private final ProgramService service;

    EventPrograms(ProgramRepositories.Programs programs, ProgramService service) {
        this.programs = programs;
        this.service = service;
    }

    /**
     * The published programs grouped under {@code slug}, or else the published program of that
     * slug with the others of its event. Empty when nothing published answers to the slug, so a
     * draft is never revealed.
     */
    public List<ProgramView> published(String slug) {
        List<Program> grouped = programs.findByEventSlugAndStatusOrderById(slug, ProgramStatus.PUBLISHED);
        if (grouped.isEmpty()) {
            Program own = programs.findBySlug(slug)
                    .filter(p -> p.getStatus() == ProgramStatus.PUBLISHED)
                    .orElse(null);
            if (own == null) {
                return List.of();
            }
            grouped = own.getEventSlug() == null
                    ? List.of(own)
                    : programs.findByEventSlugAndStatusOrderById(own.getEventSlug(), ProgramStatus.PUBLISHED);
        }
        return grouped.stream().map(p -> service.find(p.getId())).toList();
    }
}
