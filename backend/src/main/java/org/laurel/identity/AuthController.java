package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.laurel.shared.ClientOrigin;
import org.laurel.shared.Principals;

/**
 * Registration, sign-in, refreshing and signing out. All four are ours rather than Micronaut's
 * built-in endpoints: throttling answers 429 with {@code Retry-After}, failures are
 * problem+json, and refresh tokens rotate (see {@link Sessions}).
 */
@Tag(name = "Identity")
@org.laurel.shared.ProblemResponses
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final IdentityService identity;
    private final Sessions sessions;
    private final ClientOrigin origin;
    private final TokenRequestBody bodies;
    private final PasswordResets resets;

    AuthController(
            IdentityService identity,
            Sessions sessions,
            ClientOrigin origin,
            TokenRequestBody bodies,
            PasswordResets resets) {
        this.identity = identity;
        this.resets = resets;
        this.sessions = sessions;
        this.origin = origin;
        this.bodies = bodies;
    }

    @Operation(summary = "Register as an applicant (rate-limited per client address)")
    @Post("/register")
    HttpResponse<UserView> register(HttpRequest<?> http, @Valid @Body RegisterRequest request) {
        UserView user = identity.register(request, origin.address(http));
        return HttpResponse.created(user, URI.create("/api/admin/users/" + user.id()));
    }

    @Operation(summary = "Sign in with email and password; returns access and refresh tokens")
    @Post("/login")
    LoginResponse login(HttpRequest<?> http, @Valid @Body LoginRequest request) {
        var authentication = identity.authenticate(request.username(), request.password(), origin.address(http));
        return sessions.open(authentication);
    }

    @Operation(
            summary = "Exchange a refresh token for a new access token and a new refresh token "
                    + "(form or JSON: grant_type=refresh_token, refresh_token); the old refresh token is used up")
    @Post(
            value = "/token",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    LoginResponse token(HttpRequest<?> http, @Nullable @Body String body) {
        Map<String, String> fields = bodies.parse(http, body);
        if (!"refresh_token".equals(fields.get("grant_type"))) {
            throw new IdentityProblems.UnsupportedGrantType();
        }
        return sessions.refresh(fields.get("refresh_token"));
    }

    @Operation(
            summary = "Sign out: with a refresh token, ends that session; signed in without one, ends "
                    + "every session of the account")
    @Post(
            value = "/logout",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @Status(HttpStatus.NO_CONTENT)
    void logout(HttpRequest<?> http, @Nullable @Body String body, @Nullable Authentication authentication) {
        String refreshToken = bodies.parse(http, body).get("refresh_token");
        if (refreshToken != null && !refreshToken.isBlank()) {
            sessions.close(refreshToken);
        } else if (authentication != null) {
            identity.signOutEverywhere(Principals.id(authentication));
        } else {
            throw new IdentityProblems.NotSignedIn();
        }
    }

    @Operation(
            summary = "Ask for a password-reset link by email; always 202, whether or not the address is "
                    + "registered (throttled like sign-in)")
    @Post("/password-reset")
    @Status(HttpStatus.ACCEPTED)
    void requestPasswordReset(HttpRequest<?> http, @Valid @Body AccountRequests.PasswordResetRequest request) {
        resets.request(request.email(), origin.address(http));
    }

    @Operation(
            summary = "Set a new password with the token of a reset or invitation link; ends every session "
                    + "of the account (400 unknown link, 410 used or expired)")
    @Post("/password-reset/confirm")
    @Status(HttpStatus.NO_CONTENT)
    void confirmPasswordReset(@Valid @Body AccountRequests.PasswordResetConfirm request) {
        resets.confirm(request.token(), request.newPassword());
    }
}
