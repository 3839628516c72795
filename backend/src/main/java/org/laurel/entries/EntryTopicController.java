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
import org.laurel.entries.EntryTopics.EntryTopicsView;
import org.laurel.entries.EntryTopics.TopicsRequest;
import org.laurel.shared.Principals;

/** An entry's topics, picked by its team. */
@Tag(name = "Entries")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/entries/{id}/topics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EntryTopicController {

    private final EntryTopics topics;

    EntryTopicController(EntryTopics topics) {
        this.topics = topics;
    }

    @Operation(summary = "The entry's topics (its team)")
    @Get
    EntryTopicsView get(long id, Authentication auth) {
        return topics.get(id, Principals.id(auth));
    }

    @Operation(summary = "Choose the entry's topics from its program's list (its team)")
    @Put
    EntryTopicsView set(long id, @Valid @Body TopicsRequest request, Authentication auth) {
        return topics.set(id, request, Principals.id(auth));
    }
}
