package org.laurel.entries;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.laurel.entries.EntryVisibility.VisibilityRequest;
import org.laurel.entries.EntryVisibility.VisibilityView;
import org.laurel.shared.Principals;

/** Whether an entry appears in its program's public showcase: its team reads it, its owner chooses. */
@Tag(name = "Entries")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/entries/{id}/visibility")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class VisibilityController {

    private final EntryVisibility visibility;

    VisibilityController(EntryVisibility visibility) {
        this.visibility = visibility;
    }

    @Operation(summary = "Whether the entry is in the public showcase (its team)")
    @Get
    VisibilityView get(long id, Authentication auth) {
        return visibility.get(id, Principals.id(auth));
    }

    @Operation(summary = "Opt the entry in or out of the public showcase (its owner, at any time)")
    @Put
    VisibilityView set(long id, @Valid @Body VisibilityRequest request, Authentication auth) {
        return visibility.set(id, request, Principals.id(auth));
    }
}
