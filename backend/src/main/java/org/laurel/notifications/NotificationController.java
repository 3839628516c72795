package org.laurel.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.laurel.notifications.NotificationService.NotificationPage;
import org.laurel.notifications.NotificationService.NotificationView;
import org.laurel.shared.Paging;
import org.laurel.shared.Principals;

/** The signed-in person's own notifications. */
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/me/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "My notifications, newest first, with the number still unread")
    @Get
    NotificationPage list(Authentication auth, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return notifications.list(Principals.id(auth), Paging.of(page, size));
    }

    @Operation(summary = "Mark one of my notifications read (the first reading time is kept)")
    @Post("/{id}/read")
    NotificationView read(Authentication auth, long id) {
        return notifications.markRead(Principals.id(auth), id);
    }

    @Operation(summary = "Mark all my notifications read")
    @Post("/read-all")
    @Status(HttpStatus.NO_CONTENT)
    void readAll(Authentication auth) {
        notifications.markAllRead(Principals.id(auth));
    }
}
