package org.laurel.backup;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.laurel.shared.Principals;

/** Online backup of an embedded H2 database, for administrators (deploy/backup.sh calls it). */
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/admin/backups")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class BackupController {

    private final OnlineBackup backup;

    BackupController(OnlineBackup backup) {
        this.backup = backup;
    }

    @Operation(
            summary =
                    "Back the embedded H2 database up into a zip on the server (LAUREL_BACKUP_DIR); 409 on PostgreSQL")
    @Post
    HttpResponse<BackupView> create(Authentication admin) {
        BackupView view = backup.run(Principals.id(admin));
        return HttpResponse.created(view, URI.create("/api/admin/backups/" + view.name()));
    }
}
