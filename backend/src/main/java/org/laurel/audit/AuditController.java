package org.laurel.audit;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The trail's integrity check: organizers and admins can run it at any time. */
@Tag(name = "Audit")
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditChain chain;

    AuditController(AuditChain chain) {
        this.chain = chain;
    }

    @Operation(summary = "Verify the audit trail's hash chain: detects any edited, removed or reordered record")
    @Secured({"ORGANIZER", "ADMIN"})
    @Post("/verify")
    AuditChain.Verification verify() {
        return chain.verify();
    }
}
