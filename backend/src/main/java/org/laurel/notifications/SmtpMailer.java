package org.laurel.notifications;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.laurel.notifications.NotificationParts.OutboxMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks SMTP (Jakarta Mail) for the outbox: one connection per batch, one outcome per email.
 * Created at startup, so that a sender address that cannot be parsed stops the application
 * instead of failing every email for good.
 */
@Context
class SmtpMailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    /** What happened to each email of a batch. */
    interface Outcomes {
        void sent(OutboxMail mail);

        void failed(OutboxMail mail, Exception error, boolean permanent);
    }

    private final MailConfig config;
    private final Session session;

    @Nullable
    private final InternetAddress from;

    SmtpMailer(MailConfig config) {
        this.config = config;
        this.session = Session.getInstance(properties(config));
        this.from = config.smtpConfigured() ? sender(config.from()) : null;
        if (from == null) {
            LOG.info("No SMTP server configured (LAUREL_SMTP_HOST): emails are written to this log and kept as LOGGED");
        } else {
            LOG.info(
                    "Emails go to {}:{} (STARTTLS {}) from {}",
                    config.host(),
                    config.port(),
                    config.starttls() ? "required" : "off",
                    from.getAddress());
        }
    }

    private static InternetAddress sender(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("laurel.mail.from (LAUREL_SMTP_FROM) is not an email address: " + from, e);
        }
    }

    private static Properties properties(MailConfig c) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", c.host() == null ? "" : c.host());
        p.put("mail.smtp.port", String.valueOf(c.port()));
        String millis = String.valueOf(c.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.auth", String.valueOf(c.user() != null && !c.user().isBlank()));
        p.put("mail.smtp.starttls.enable", String.valueOf(c.starttls()));
        p.put("mail.smtp.starttls.required", String.valueOf(c.starttls()));
        return p;
    }

    void send(List<OutboxMail> mails, Outcomes outcomes) {
        Transport transport = null;
        try {
            for (int i = 0; i < mails.size(); i++) {
                OutboxMail mail = mails.get(i);
                MimeMessage message;
                try {
                    message = message(mail);
                } catch (MessagingException | UnsupportedEncodingException e) {
                    outcomes.failed(mail, e, true); // a malformed recipient address stays malformed
                    continue;
                }
                if (transport == null) {
                    try {
                        transport = connect();
                    } catch (MessagingException e) {
                        // The server is unreachable or refuses us: the rest of the batch would only wait for the same
                        // timeout.
                        mails.subList(i, mails.size()).forEach(m -> outcomes.failed(m, e, false));
                        return;
                    }
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                    outcomes.sent(mail);
                } catch (MessagingException e) {
                    outcomes.failed(mail, e, rejectedRecipient(e));
                    close(transport); // the connection's state is unknown after a failure: start the next one afresh
                    transport = null;
                }
            }
        } finally {
            close(transport);
        }
    }

    private Transport connect() throws MessagingException {
        Transport t = session.getTransport("smtp");
        if (config.user() != null && !config.user().isBlank()) {
            t.connect(config.host(), config.port(), config.user(), config.password());
        } else {
            t.connect();
        }
        return t;
    }

    /**
     * The Message-ID comes from the outbox row (id and creation time), not from chance: if an
     * instance dies between the server's acceptance and marking the row SENT, the email is sent
     * again after the lease, and the two copies are recognisably the same message.
     */
    MimeMessage message(OutboxMail mail) throws MessagingException, UnsupportedEncodingException {
        String messageId = messageId(mail, from);
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(from);
        InternetAddress to = new InternetAddress(mail.toAddress(), true);
        if (mail.toName() != null) {
            to.setPersonal(mail.toName(), StandardCharsets.UTF_8.name());
        }
        m.setRecipient(Message.RecipientType.TO, to);
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.calendar() == null) {
            m.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            // The text, and the meeting as an .ics attachment calendars import (and may show inline).
            jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart("mixed");
            jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
            text.setText(mail.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            jakarta.mail.internet.MimeBodyPart ics = new jakarta.mail.internet.MimeBodyPart();
            ics.setContent(mail.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
            ics.setFileName("meeting.ics");
            ics.setDisposition(jakarta.mail.Part.ATTACHMENT);
            parts.addBodyPart(ics);
            m.setContent(parts);
        }
        m.setSentDate(new Date());
        m.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no vacation replies to this
        m.saveChanges();
        return m;
    }

    static String messageId(OutboxMail mail, InternetAddress from) {
        String address = from.getAddress();
        String domain =
                address != null && address.contains("@") ? address.substring(address.indexOf('@') + 1) : "laurel.local";
        return "<laurel.outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + domain + ">";
    }

    /** The server refused the recipient for good (5xx): retrying cannot help. */
    private static boolean rejectedRecipient(MessagingException e) {
        if (e instanceof AddressException) {
            return true;
        }
        if (e instanceof SendFailedException failed) {
            Address[] invalid = failed.getInvalidAddresses();
            Address[] unsent = failed.getValidUnsentAddresses();
            return invalid != null && invalid.length > 0 && (unsent == null || unsent.length == 0);
        }
        return false;
    }

    private static void close(Transport t) {
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException ignored) {
                // closing a broken connection: nothing left to do
            }
        }
    }
}
