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
import org.laurel.entries.EntryInvestorShare.ShareRequest;
import org.laurel.entries.EntryInvestorShare.ShareView;
import org.laurel.shared.Principals;

/** What an entry shows the program's investors: its team reads it, its owner chooses. */
@Tag(name = "Entries")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/entries/{id}/investor-share")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvestorShareController {

    private final EntryInvestorShare share;

    InvestorShareController(EntryInvestorShare share) {
        this.share = share;
    }

    @Operation(summary = "What the entry shows investors (its team)")
    @Get
    ShareView get(long id, Authentication auth) {
        return share.get(id, Principals.id(auth));
    }

    @Operation(summary = "Share the entry with investors, choosing fields and files, or stop sharing (its owner)")
    @Put
    ShareView set(long id, @Valid @Body ShareRequest request, Authentication auth) {
        return share.set(id, request, Principals.id(auth));
    }
}
