package org.laurel.showcase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/** The public project showcase of a published program: only what the teams opted in to. */
@Tag(name = "Showcase")
@org.laurel.shared.ProblemResponses
@Controller("/api/public/programs/{slug}/showcase")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShowcaseController {

    private final ShowcaseService showcase;

    ShowcaseController(ShowcaseService showcase) {
        this.showcase = showcase;
    }

    @Operation(summary = "The program's showcase: opted-in projects, searchable and filterable by category and topic")
    @Get
    Showcase.Gallery gallery(
            String slug,
            @Nullable @QueryValue @Size(max = 200) String q,
            @Nullable @QueryValue Long categoryId,
            @Nullable @QueryValue Long topicId) {
        return showcase.gallery(slug, q, categoryId, topicId);
    }

    @Operation(summary = "One showcased project")
    @Get("/{entryId}")
    Showcase.Project project(String slug, long entryId) {
        return showcase.project(slug, entryId);
    }
}
