package org.laurel.judging;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.laurel.shared.Principals;

/** The download an outsider needs to recompute a finalized round offline ({@code laurel.jar verify}). */
@Tag(name = "Judging")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/rounds/{id}/snapshot/bundle")
@Secured("ORGANIZER")
@ExecuteOn(TaskExecutors.BLOCKING)
class SnapshotBundleController {

    private final SnapshotBundles bundles;

    SnapshotBundleController(SnapshotBundles bundles) {
        this.bundles = bundles;
    }

    @Operation(
            summary = "A finalized round's verification bundle: rubric, method, entries, anonymised scorecards and"
                    + " the snapshot with its SHA-256; check it with `java -jar laurel.jar verify FILE`")
    @Get
    HttpResponse<RoundBundle> bundle(long id, Authentication auth) {
        RoundBundle bundle = bundles.bundle(id, Principals.id(auth));
        return HttpResponse.ok(bundle)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"round-" + id + "-v"
                                + bundle.snapshot().version() + "-bundle.json\"");
    }
}
