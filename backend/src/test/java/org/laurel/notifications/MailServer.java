package org.laurel.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GreenMail as the real SMTP server of a test, on a free port of its own (another build may run
 * on this machine), which it keeps across {@link #stop()} and {@link #start()} so that a test
 * can take the server away from a running application and give it back.
 */
final class MailServer implements AutoCloseable {

    static final String FROM = "Laurel Awards <awards@laurel.test>";

    private final int port;
    private GreenMail green;

    private MailServer(GreenMail green) {
        this.green = green;
        this.port = green.getSmtp().getPort();
    }

    static MailServer onFreePort() {
        GreenMail green = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        green.start();
        return new MailServer(green);
    }

    int port() {
        return port;
    }

    /** What an application needs to send here. */
    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put("laurel.mail.host", "127.0.0.1");
        p.put("laurel.mail.port", port);
        p.put("laurel.mail.starttls", false);
        p.put("laurel.mail.from", FROM);
        p.put("laurel.mail.timeout", "2s");
        return p;
    }

    void stop() {
        if (green != null) {
            green.stop();
            green = null;
        }
    }

    /** Starts again on the same port; mail received before is gone. */
    void start() {
        if (green == null) {
            green = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            green.start();
        }
    }

    /** Everything received for one address. */
    List<MimeMessage> to(String address) {
        return Arrays.stream(green.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
    }

    /** Waits (briefly, polling) until {@code count} messages reached {@code address}; returns them. */
    List<MimeMessage> await(String address, int count, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> got = to(address);
        while (got.size() < count && System.nanoTime() < until) {
            Thread.sleep(20);
            got = to(address);
        }
        return got;
    }

    static String text(MimeMessage m) {
        try {
            return ((String) m.getContent()).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getAllRecipients();
            return to != null
                    && Arrays.stream(to)
                            .anyMatch(a -> a instanceof InternetAddress i && address.equalsIgnoreCase(i.getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
