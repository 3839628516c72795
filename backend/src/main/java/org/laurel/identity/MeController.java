package org.laurel.identity;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Identity")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {

    private final IdentityService identity;

    MeController(IdentityService identity) {
        this.identity = identity;
    }

    @Operation(summary = "The signed-in person, with their current roles")
    @Get
    UserView me(Authentication authentication) {
        return identity.get(Long.parseLong(authentication.getName()));
    }
}
