package org.laurel.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.laurel.notifications.NotificationParts.MailStatus;
import org.laurel.notifications.NotificationParts.OutboxMail;
import org.laurel.shared.PageView;
import org.laurel.shared.Paging;

/** What the outbox holds, for admins checking that email goes out (and why not, when it does not). */
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@org.laurel.shared.ProblemResponses
@Controller("/api/admin/outbox")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class OutboxController {

    @Serdeable
    record OutboxItem(
            long id,
            String to,
            String subject,
            MailStatus status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt,
            Instant nextAttemptAt) {}

    private final NotificationRepositories.Outbox outbox;

    OutboxController(NotificationRepositories.Outbox outbox) {
        this.outbox = outbox;
    }

    @Operation(summary = "Outbox emails, newest first, optionally only those in one status or to one address")
    @Get
    PageView<OutboxItem> list(
            @Nullable @QueryValue MailStatus status,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        Pageable p = Paging.of(page, size);
        Pageable newestFirst = Pageable.from(p.getNumber(), p.getSize(), Sort.of(Sort.Order.desc("id")));
        Page<OutboxMail> found = outbox.search(
                status == null ? null : status.name(),
                to == null || to.isBlank() ? null : to.strip().toLowerCase(java.util.Locale.ROOT),
                newestFirst);
        return new PageView<>(
                found.getContent().stream()
                        .map(m -> new OutboxItem(
                                m.id(),
                                m.toAddress(),
                                m.subject(),
                                m.status(),
                                m.attempts(),
                                m.lastError(),
                                m.createdAt(),
                                m.sentAt(),
                                m.nextAttemptAt()))
                        .toList(),
                found.getTotalSize());
    }
}
