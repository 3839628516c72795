package org.laurel.audit;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The whole trail's integrity check, for administrators: it names records of every program.
 * Organizers verify their own program's part at {@code POST /api/programs/{id}/audit/verify}.
 */
@Tag(name = "Audit")
@org.laurel.shared.ProblemResponses
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditChain chain;

    AuditController(AuditChain chain) {
        this.chain = chain;
    }

    @Operation(summary = "Verify the audit trail's hash chain: detects any edited, removed or reordered record")
    @Secured("ADMIN")
    @Post("/verify")
    AuditChain.Verification verify() {
        return chain.verify();
    }
}
