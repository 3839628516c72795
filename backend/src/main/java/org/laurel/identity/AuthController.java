package org.laurel.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;

/**
 * Registration and sign-in. Sign-in is ours rather than Micronaut's built-in login endpoint so
 * that throttling answers 429 with {@code Retry-After} and failures are problem+json. Refreshing
 * uses Micronaut's OAuth endpoint at {@code /api/auth/token}, backed by {@link RefreshTokenStore}.
 */
@Tag(name = "Identity")
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final IdentityService identity;
    private final AccessRefreshTokenGenerator tokens;

    AuthController(IdentityService identity, AccessRefreshTokenGenerator tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    @Operation(summary = "Register as an applicant")
    @Post("/register")
    HttpResponse<UserView> register(@Valid @Body RegisterRequest request) {
        UserView user = identity.register(request);
        return HttpResponse.created(user, URI.create("/api/admin/users/" + user.id()));
    }

    @Operation(summary = "Sign in with email and password; returns access and refresh tokens")
    @Post("/login")
    LoginResponse login(@Valid @Body LoginRequest request) {
        var authentication = identity.authenticate(request.username(), request.password());
        AccessRefreshToken token = tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("token generation failed"));
        return new LoginResponse(token.getAccessToken(), token.getRefreshToken(), token.getTokenType(),
                token.getExpiresIn(), authentication.getRoles());
    }
}
