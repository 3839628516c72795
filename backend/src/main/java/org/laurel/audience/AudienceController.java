package org.laurel.audience;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.laurel.shared.ClientOrigin;
import org.laurel.shared.Principals;

/** The audience's sign-in on a phone (no account, no password), and the organizer's ticket import. */
@Tag(name = "Audience vote")
@org.laurel.shared.ProblemResponses
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class AudienceController {

    @Serdeable
    record SignInRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @Nullable @Size(max = 10) String locale) {}

    @Serdeable
    record VerifyRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*") String code) {}

    @Serdeable
    record TicketsRequest(
            @NotNull @Size(min = 1, max = 20_000) List<String> codes) {}

    private final AudiencePass pass;
    private final AudienceTickets tickets;
    private final ClientOrigin origin;

    AudienceController(AudiencePass pass, AudienceTickets tickets, ClientOrigin origin) {
        this.pass = pass;
        this.tickets = tickets;
        this.origin = origin;
    }

    @Operation(summary = "Email a one-time code to vote with (202; 429 when asked again too soon)")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/audience/sign-in")
    @Status(HttpStatus.ACCEPTED)
    AudiencePass.CodeSent signIn(HttpRequest<?> http, @Valid @Body SignInRequest request) {
        return pass.sendCode(request.email(), origin.address(http), request.locale());
    }

    @Operation(summary = "Trade the emailed code for an audience token (400 when wrong, used or expired)")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/audience/verify")
    AudiencePass.Pass verify(HttpRequest<?> http, @Valid @Body VerifyRequest request) {
        return pass.verifyCode(request.email(), request.code(), origin.address(http))
                .orElseThrow(AudienceProblems.CodeInvalid::new);
    }

    @Operation(summary = "Import expo ticket codes for a program; holders vote with them (only hashes are kept)")
    @Secured("ORGANIZER")
    @Post("/programs/{programId}/audience/tickets")
    AudienceTickets.Imported importTickets(long programId, @Valid @Body TicketsRequest request, Authentication auth) {
        return tickets.importCodes(programId, request.codes(), Principals.id(auth));
    }

    @Operation(summary = "How many ticket codes the program has")
    @Secured("ORGANIZER")
    @Get("/programs/{programId}/audience/tickets")
    AudienceTickets.Count ticketCount(long programId, Authentication auth) {
        return tickets.count(programId, Principals.id(auth));
    }
}
