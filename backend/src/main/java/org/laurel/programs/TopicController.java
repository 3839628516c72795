package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
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
import java.util.List;
import org.laurel.programs.ProgramTopics.SaveTopicsRequest;
import org.laurel.programs.ProgramTopics.TopicView;
import org.laurel.shared.PageView;
import org.laurel.shared.Principals;

/** A program's topics: read by whoever sees the program, kept by its organizers. */
@Tag(name = "Programs")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/programs/{programId}/topics")
@ExecuteOn(TaskExecutors.BLOCKING)
class TopicController {

    private final ProgramTopics topics;

    TopicController(ProgramTopics topics) {
        this.topics = topics;
    }

    @Operation(summary = "The program's topics, in order")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get
    PageView<TopicView> list(long programId, @Nullable Authentication auth) {
        List<TopicView> items = topics.list(programId, auth == null ? null : Principals.id(auth));
        return new PageView<>(items, items.size());
    }

    @Operation(summary = "Replace the program's topics (ids keep a topic; new names get new ids)")
    @Secured("ORGANIZER")
    @Put
    PageView<TopicView> replace(long programId, @Valid @Body SaveTopicsRequest request, Authentication auth) {
        List<TopicView> items = topics.replace(programId, request, Principals.id(auth));
        return new PageView<>(items, items.size());
    }
}
