package org.laurel.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.laurel.events.EventLog;
import org.laurel.identity.IdentityService;
import org.laurel.identity.UserView;
import org.laurel.notifications.Messages.Language;
import org.laurel.notifications.NotificationParts.Notification;
import org.laurel.notifications.NotificationParts.OutboxMail;

/**
 * How other modules tell a person something. Call it inside the transaction of the change being
 * told about: the in-app notification, the email in the outbox and the event on the person's
 * topic ({@code user:<id>}) are written in that transaction, so they exist exactly when the
 * change committed, and an email is never sent for a change that was rolled back.
 */
@Singleton
public class Notifier {

    /** One notification to one person; see {@link NotificationKind} for the params of each kind. */
    /** {@code calendar}: an .ics the email carries as an attachment (an accepted meeting), or null. */
    public record Notice(
            long userId,
            NotificationKind kind,
            Map<String, String> params,
            @Nullable String calendar) {

        public Notice(long userId, NotificationKind kind, Map<String, String> params) {
            this(userId, kind, params, null);
        }
    }

    private final NotificationRepositories.Notifications notifications;
    private final NotificationRepositories.Outbox outbox;
    private final IdentityService identity;
    private final EventLog events;
    private final TransactionOperations<Connection> tx;
    private final MailConfig config;
    private final JsonMapper json;
    private final Clock clock;

    Notifier(
            NotificationRepositories.Notifications notifications,
            NotificationRepositories.Outbox outbox,
            IdentityService identity,
            EventLog events,
            TransactionOperations<Connection> tx,
            MailConfig config,
            JsonMapper json,
            Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.identity = identity;
        this.events = events;
        this.tx = tx;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    public void notify(long userId, NotificationKind kind, Map<String, String> params) {
        notifyEach(List.of(new Notice(userId, kind, params)));
    }

    /** Many at once (a bulk decision, a finalized round): a fixed number of reads, two batch inserts, one event each. */
    public void notifyEach(List<Notice> notices) {
        if (tx.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("notifications are written inside the change's transaction");
        }
        if (notices.isEmpty()) {
            return;
        }
        notices.forEach(n -> n.kind().check(n.params()));
        // Per-person event topics are locked until commit: taking them in one order avoids deadlocks between batches.
        List<Notice> sorted = notices.stream()
                .sorted(Comparator.comparingLong(Notice::userId))
                .toList();
        Map<Long, UserView> people =
                identity.getAll(sorted.stream().map(Notice::userId).distinct().toList());
        Instant now = clock.instant();
        List<Notification> rows = new ArrayList<>();
        List<Map<String, String>> paramsOfRows = new ArrayList<>();
        List<OutboxMail> mails = new ArrayList<>();
        for (Notice n : sorted) {
            UserView person = people.get(n.userId());
            if (person == null) {
                throw new IllegalArgumentException("no user " + n.userId() + " to notify");
            }
            Map<String, String> params = new TreeMap<>(n.params());
            String link = blankToNull(params.remove("link"));
            rows.add(new Notification(null, n.userId(), n.kind(), write(params), link, now, null));
            paramsOfRows.add(params);
            Language lang = Language.of(person.locale());
            Messages.Email email = Messages.email(
                    lang,
                    person.displayName(),
                    Messages.render(n.kind(), lang, params),
                    link == null ? null : url(link));
            mails.add(OutboxMail.pending(n.userId(), person.email(), person.displayName(), email, now, n.calendar()));
        }
        List<Notification> saved = new ArrayList<>();
        notifications.saveAll(rows).forEach(saved::add);
        outbox.saveAll(mails);
        List<EventLog.Pending> pushed = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            Notification row = saved.get(i);
            Language lang = Language.of(people.get(row.userId()).locale());
            pushed.add(new EventLog.Pending(
                    topic(row.userId()), "NOTIFICATION", NotificationService.view(row, lang, paramsOfRows.get(i))));
        }
        events.appendAll(pushed); // batched: the statement count does not grow with the number of people
    }

    /**
     * An email with no in-app notification, for messages whose link must not be kept in the app
     * (a password link is a secret). Written to the outbox inside the caller's transaction.
     */
    public void emailOnly(long userId, NotificationKind kind, String link) {
        if (tx.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("emails are written inside the change's transaction");
        }
        UserView person = identity.get(userId);
        Language lang = Language.of(person.locale());
        Messages.Email email =
                Messages.email(lang, person.displayName(), Messages.render(kind, lang, Map.of()), url(link));
        outbox.save(OutboxMail.pending(userId, person.email(), person.displayName(), email, clock.instant()));
    }

    /**
     * An email to an address that may have no account yet (an invitation to join a team), with no
     * in-app notification: the link is a secret. Written in {@code locale}'s language.
     */
    public void emailAddress(
            String address,
            @Nullable String locale,
            NotificationKind kind,
            Map<String, String> params,
            @Nullable String link) {
        if (tx.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("emails are written inside the change's transaction");
        }
        kind.check(params);
        Language lang = Language.of(locale);
        Messages.Email email =
                Messages.email(lang, null, Messages.render(kind, lang, params), link == null ? null : url(link));
        outbox.save(OutboxMail.pending(null, address, null, email, clock.instant()));
    }

    /** The event topic that carries a person's notifications. */
    public static String topic(long userId) {
        return "user:" + userId;
    }

    private String url(String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        String base = config.publicUrl().endsWith("/")
                ? config.publicUrl().substring(0, config.publicUrl().length() - 1)
                : config.publicUrl();
        return base + (link.startsWith("/") ? link : "/" + link);
    }

    private String write(Map<String, String> params) {
        try {
            return json.writeValueAsString(params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
