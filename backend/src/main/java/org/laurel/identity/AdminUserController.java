package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.laurel.shared.PageView;
import org.laurel.shared.Paging;
import org.laurel.shared.Principals;

@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/admin/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminUserController {

    private final IdentityService identity;
    private final UserDirectory directory;
    private final PasswordResets passwords;
    private final JudgeImport judgeImport;

    AdminUserController(
            IdentityService identity, UserDirectory directory, PasswordResets passwords, JudgeImport judgeImport) {
        this.identity = identity;
        this.directory = directory;
        this.passwords = passwords;
        this.judgeImport = judgeImport;
    }

    @Operation(summary = "List accounts, optionally filtered by email, name or organization, and by role")
    @Get
    PageView<UserView> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Role role,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return role == null
                ? directory.list(q, Paging.of(page, size))
                : directory.listWithRole(role, q, Paging.of(page, size));
    }

    @Operation(
            summary = "Email the account a password-reset link (single use, expiring); its password stays until "
                    + "the link is used")
    @Post("/{id}/password-reset")
    @Status(HttpStatus.ACCEPTED)
    void sendPasswordReset(long id, Authentication admin) {
        passwords.issue(Principals.id(admin), id, PasswordResetIssued.Purpose.RESET);
    }

    @Operation(
            summary = "Import judges from CSV (header row: email, name, organization, language): new addresses get "
                    + "an account and an emailed invitation, existing accounts the JUDGE role; a report per row")
    @Post(value = "/import", consumes = "text/csv")
    JudgeImport.Report importJudges(@Body String csv, Authentication admin) {
        return judgeImport.run(Principals.id(admin), csv);
    }

    @Operation(summary = "One account")
    @Get("/{id}")
    UserView get(long id) {
        return identity.get(id);
    }

    @Operation(summary = "Create an account (judges, organizers, admins) with the given roles")
    @Post
    HttpResponse<UserView> create(@Valid @Body CreateUserRequest request) {
        UserView user = identity.createUser(request);
        return HttpResponse.created(user, URI.create("/api/admin/users/" + user.id()));
    }

    @Operation(summary = "Replace an account's roles (grant and revoke); they apply from the account's next request")
    @Put("/{id}/roles")
    UserView setRoles(long id, @Valid @Body SetRolesRequest request, Authentication admin) {
        return identity.setRoles(Principals.id(admin), id, request.roles());
    }

    @Operation(
            summary = "Deactivate or reactivate an account; a deactivated account cannot sign in, refresh "
                    + "or use its access tokens")
    @Put("/{id}/status")
    UserView setStatus(long id, @Valid @Body SetStatusRequest request, Authentication admin) {
        return identity.setActive(Principals.id(admin), id, request.active());
    }
}
