package org.laurel.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Identity")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {

    private final IdentityService identity;
    private final PasswordResets passwords;
    private final Profiles profiles;

    MeController(IdentityService identity, PasswordResets passwords, Profiles profiles) {
        this.identity = identity;
        this.passwords = passwords;
        this.profiles = profiles;
    }

    @Operation(summary = "Edit one's own name, organization and language (zh-CN or en); absent fields stay")
    @Put
    UserView update(Authentication authentication, @Valid @Body AccountRequests.ProfileUpdate update) {
        return profiles.update(Long.parseLong(authentication.getName()), update);
    }

    @Operation(
            summary = "Change one's password; every other session ends (send refreshToken to keep this one); 5 wrong"
                    + " current passwords per account wait 15 minutes (429)")
    @Post("/password")
    @Status(HttpStatus.NO_CONTENT)
    void changePassword(Authentication authentication, @Valid @Body AccountRequests.PasswordChange change) {
        passwords.change(
                Long.parseLong(authentication.getName()),
                change.currentPassword(),
                change.newPassword(),
                change.refreshToken());
    }

    @Operation(summary = "The signed-in person, with their current roles")
    @Get
    UserView me(Authentication authentication) {
        return identity.get(Long.parseLong(authentication.getName()));
    }
}
