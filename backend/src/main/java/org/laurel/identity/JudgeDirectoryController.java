package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.laurel.shared.PageView;
import org.laurel.shared.Paging;

/** Organizers choose panels from the people who hold the JUDGE role. */
@Tag(name = "Identity")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/judges")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class JudgeDirectoryController {

    private final UserDirectory directory;

    JudgeDirectoryController(UserDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "Judges, searchable by name, email or organization")
    @Get
    PageView<UserView> judges(
            @Nullable @QueryValue String q, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return directory.listWithRole(Role.JUDGE, q, Paging.of(page, size));
    }
}
