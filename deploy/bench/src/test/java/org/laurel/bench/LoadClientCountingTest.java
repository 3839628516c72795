package org.laurel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator's counting against a stub server whose answers are known in advance: a
 * save counts only when a 200 body confirms the values sent; 409s, bodies that do not confirm
 * and requests that never get an answer are each counted apart. Not a timing test.
 */
class LoadClientCountingTest {

    private static final long ROUND = 7;
    private static final List<String> CRITERIA = List.of("11", "12", "13", "14", "15", "16");

    private ServerSocket server;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger overlapsSeenByServer = new AtomicInteger();
    private final AtomicInteger foreignCards = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startStub() throws IOException {
        server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread t = new Thread(() -> serve(s));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopStub() throws IOException {
        server.close();
    }

    @Test
    void savesAreCountedByOutcomeAndNoCardIsEverInFlightTwice() throws Exception {
        // 4 judges with 5 cards each; judge j's cards are entries 10j..10j+4 and the last digit
        // decides the stub's answer: 1 -> 409, 2 -> 200 with other values, 3 -> no answer at all.
        List<LoadClient.Plan> plans = new ArrayList<>();
        for (int j = 1; j <= 4; j++) {
            long[] cards = {10L * j, 10L * j + 1, 10L * j + 2, 10L * j + 3, 10L * j + 4};
            plans.add(limited(new Plans.Saves("stub", ROUND, "token-" + j, j, cards, CRITERIA, false), 10));
        }
        LoadClient.Settings settings = new LoadClient.Settings(
                new InetSocketAddress(server.getInetAddress(), server.getLocalPort()), Duration.ofMillis(300),
                Duration.ZERO, Duration.ofSeconds(20));

        Outcomes counted = LoadClient.run(settings, plans);

        // Each judge sends cards 0,1,2,3,4,0,1,2,4,0: card 3 timed out once and was then left alone.
        assertThat(counted.confirmed()).isEqualTo(4 * 5);
        assertThat(counted.byStatus()).containsExactly(Map.entry(409, 4L * 2));
        assertThat(counted.unconfirmed()).isEqualTo(4 * 2);
        assertThat(counted.timeouts()).isEqualTo(4);
        assertThat(counted.socketErrors()).isZero();
        assertThat(counted.answered()).isEqualTo(4 * 9);
        assertThat(counted.failures()).isEqualTo(4 * 5);
        assertThat(counted.overlaps()).isZero();
        assertThat(overlapsSeenByServer.get()).isZero();
        assertThat(foreignCards.get()).isZero();
        assertThat(requests.get()).isEqualTo(4 * 10);
        assertThat(counted.perSecond()).isEqualTo(counted.confirmed() / counted.seconds());
    }

    private static LoadClient.Plan limited(LoadClient.Plan plan, int count) {
        return new LoadClient.Plan() {
            private int sent;

            @Override
            public LoadClient.Request next() {
                return sent++ < count ? plan.next() : null;
            }

            @Override
            public void abandoned(LoadClient.Request request) {
                plan.abandoned(request);
            }
        };
    }

    /** One connection: requests one after another; each judge's connection must carry only that judge's cards. */
    private void serve(Socket socket) {
        String card = null;
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                requests.incrementAndGet();
                int length = Integer.parseInt(head.replaceAll("(?is).*content-length: *(\\d+).*", "$1"));
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                String path = head.substring(head.indexOf(' ') + 1, head.indexOf(" HTTP/"));
                long entry = Long.parseLong(path.split("/")[5]);
                String token = head.replaceAll("(?is).*authorization: bearer ([^\r\n]+).*", "$1");
                if (!token.equals("token-" + entry / 10)) {
                    foreignCards.incrementAndGet();
                }
                card = path;
                if (!inFlight.add(card)) {
                    overlapsSeenByServer.incrementAndGet();
                }
                long kind = entry % 10;
                if (kind == 3) {
                    in.transferTo(OutputStream.nullOutputStream()); // never answers; waits for the client to give up
                    return;
                }
                inFlight.remove(card);
                card = null;
                if (kind == 1) {
                    answer(out, 409, "application/problem+json", "{\"type\":\"scorecard-changed\",\"status\":409}", false);
                } else {
                    answer(out, 200, "application/json", view(entry, Json.object(body), kind == 2), entry % 2 == 0);
                }
            }
        } catch (IOException e) {
            // the client closed the connection
        } finally {
            if (card != null) {
                inFlight.remove(card);
            }
        }
    }

    /** The ScorecardView the real server sends; with {@code wrong}, every value one step off. */
    @SuppressWarnings("unchecked")
    private static String view(long entry, Map<String, Object> request, boolean wrong) {
        StringBuilder scores = new StringBuilder();
        ((Map<String, Object>) request.get("scores")).forEach((id, v) -> scores.append(scores.length() == 0 ? "" : ",")
                .append('"').append(id).append("\":").append((Double) v + (wrong ? 0.5 : 0)));
        return "{\"roundId\":" + ROUND + ",\"entryId\":" + entry + ",\"scores\":{" + scores + "},\"comment\":null,"
                + "\"feedback\":null,\"status\":\"DRAFT\",\"total\":5.0,\"submittedAt\":null,\"updatedAt\":\"2026-12-03T10:00:00Z\"}";
    }

    private static void answer(OutputStream out, int status, String type, String json, boolean chunked) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\n"
                + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: " + body.length + "\r\n\r\n");
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (chunked) { // two chunks, so the client has to join them
            int half = body.length / 2;
            out.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, half);
            out.write(("\r\n" + Integer.toHexString(body.length - half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, half, body.length - half);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.write(body);
        }
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            b.append((char) c);
            if (b.length() >= 4 && b.substring(b.length() - 4).equals("\r\n\r\n")) {
                return b.toString();
            }
        }
        return null;
    }
}
