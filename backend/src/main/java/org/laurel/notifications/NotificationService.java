package org.laurel.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.laurel.identity.IdentityService;
import org.laurel.notifications.Messages.Language;
import org.laurel.notifications.NotificationParts.Notification;
import org.laurel.shared.ProblemException;

/** A person's in-app notifications, in the language they use now. Nobody sees anyone else's. */
@Singleton
class NotificationService {

    @Serdeable
    record NotificationView(
            long id,
            NotificationKind kind,
            String title,
            String body,
            @Nullable String link,
            Instant createdAt,
            @Nullable Instant readAt) {}

    @Serdeable
    record NotificationPage(List<NotificationView> items, long total, long unread) {}

    private final NotificationRepositories.Notifications notifications;
    private final IdentityService identity;
    private final JsonMapper json;
    private final Clock clock;

    NotificationService(
            NotificationRepositories.Notifications notifications,
            IdentityService identity,
            JsonMapper json,
            Clock clock) {
        this.notifications = notifications;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    /** Newest first. */
    NotificationPage list(long userId, Pageable pageable) {
        Language lang = languageOf(userId);
        Page<Notification> page = notifications.findByUserId(
                userId, Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.desc("id"))));
        return new NotificationPage(
                page.getContent().stream()
                        .map(n -> view(n, lang, params(json, n.params())))
                        .toList(),
                page.getTotalSize(),
                notifications.countByUserIdAndReadAtIsNull(userId));
    }

    NotificationView markRead(long userId, long id) {
        Notification found = mine(userId, id);
        notifications.markRead(id, clock.instant());
        return view(mine(userId, found.id()), languageOf(userId), params(json, found.params()));
    }

    void markAllRead(long userId) {
        notifications.markAllRead(userId, clock.instant());
    }

    /** Someone else's notification is as unknown as one that does not exist. */
    private Notification mine(long userId, long id) {
        return notifications.findByIdAndUserId(id, userId).orElseThrow(() -> new NotificationNotFound(id));
    }

    private Language languageOf(long userId) {
        return Language.of(identity.get(userId).locale());
    }

    static NotificationView view(Notification n, Language lang, Map<String, String> params) {
        Messages.Message m = Messages.render(n.kind(), lang, params);
        return new NotificationView(n.id(), n.kind(), m.title(), m.body(), n.link(), n.createdAt(), n.readAt());
    }

    static Map<String, String> params(JsonMapper json, String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class NotificationNotFound extends ProblemException.NotFound {
        NotificationNotFound(long id) {
            super("notification-not-found", "No notification " + id + ".");
        }
    }
}
