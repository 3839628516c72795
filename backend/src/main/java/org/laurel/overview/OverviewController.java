package org.laurel.overview;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** Figures across the programs a person organizes, for their home page. */
@Tag(name = "Overview")
@org.laurel.shared.ProblemResponses
@Controller("/api/organize/overview")
@ExecuteOn(TaskExecutors.BLOCKING)
class OverviewController {

    private final OrganizerOverview overview;

    OverviewController(OrganizerOverview overview) {
        this.overview = overview;
    }

    @Operation(summary = "Entries by state and judging progress per round, for each program the caller organizes")
    @SecurityRequirement(name = "bearer")
    @Get
    @Secured("ORGANIZER")
    PageView<OrganizerOverview.ProgramFigures> get(Authentication authentication) {
        List<OrganizerOverview.ProgramFigures> items = overview.of(Principals.id(authentication));
        return new PageView<>(items, items.size());
    }
}
