package org.laurel.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The requests each client of the load generator sends, and what confirms each one. */
public final class Plans {

    private Plans() {}

    /** The bytes of one HTTP/1.1 request with a JSON body on a keep-alive connection. */
    static byte[] wire(String method, String path, String host, String token, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[h.length + body.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        return out;
    }

    /**
     * One judge's saves: they cycle through their own cards, and every save of a card carries
     * all criteria with values different from that card's previous save (one step of the
     * rubric's 0..10 scale in 0.5 steps further on each pass), so a server that skipped
     * unchanged saves would gain nothing. A card whose save went unanswered is left alone from
     * then on: the server may still be applying it, and a second save would race with it.
     */
    public static final class Saves implements LoadClient.Plan {
        private final String host;
        private final long roundId;
        private final String token;
        private final int judge;
        private final long[] entries;
        private final List<String> criteria;
        private final boolean submit;
        private final Set<Long> abandoned = new HashSet<>();
        private long sent;

        public Saves(String host, long roundId, String token, int judge, long[] entries, List<String> criteria, boolean submit) {
            this.host = host;
            this.roundId = roundId;
            this.token = token;
            this.judge = judge;
            this.entries = entries.clone();
            this.criteria = List.copyOf(criteria);
            this.submit = submit;
        }

        /** The value of criterion c on the card's pass-th save: moves one step every pass. */
        static double value(int judge, int card, int c, long pass) {
            return ((pass + judge + card + 3L * c) % 21) / 2.0;
        }

        @Override
        public LoadClient.Request next() {
            if (abandoned.size() == entries.length) {
                return null;
            }
            int card;
            do {
                card = (int) (sent % entries.length);
                sent++;
            } while (abandoned.contains(entries[card]));
            long pass = (sent - 1) / entries.length;
            long entry = entries[card];
            StringBuilder scores = new StringBuilder();
            Map<String, Double> expected = new java.util.HashMap<>();
            for (int c = 0; c < criteria.size(); c++) {
                double v = value(judge, card, c, pass);
                expected.put(criteria.get(c), v);
                scores.append(c == 0 ? "" : ",").append('"').append(criteria.get(c)).append("\":").append(v);
            }
            String json = "{\"scores\":{" + scores + "},\"comment\":\"Pass " + pass + ": solid team, unclear market.\",\"submit\":"
                    + submit + "}";
            String path = "/api/rounds/" + roundId + "/entries/" + entry + "/scorecard";
            String status = submit ? "SUBMITTED" : "DRAFT";
            return new LoadClient.Request("card " + roundId + "/" + entry + "/" + judge, wire("PUT", path, host, token, json),
                    body -> confirmsCard(Json.object(body), roundId, entry, expected, status));
        }

        @Override
        public void abandoned(LoadClient.Request request) {
            String key = request.key();
            abandoned.add(Long.parseLong(key.substring(key.indexOf('/') + 1, key.lastIndexOf('/'))));
        }
    }

    /** The ScorecardView shows this card with exactly the values sent and the expected status. */
    static boolean confirmsCard(Map<String, Object> view, long roundId, long entryId, Map<String, Double> expected, String status) {
        if (!number(view.get("roundId"), roundId) || !number(view.get("entryId"), entryId) || !status.equals(view.get("status"))) {
            return false;
        }
        if (!(view.get("scores") instanceof Map<?, ?> scores) || !scores.keySet().equals(expected.keySet())) {
            return false;
        }
        return expected.entrySet().stream().allMatch(e -> scores.get(e.getKey()) instanceof Double d
                && Math.abs(d - e.getValue()) < 1e-9);
    }

    private static boolean number(Object value, long expected) {
        return value instanceof Double d && d == expected;
    }

    /** One applicant submitting their own drafts, each once, in order: a deadline surge. */
    public static final class Submissions implements LoadClient.Plan {
        private final String host;
        private final String token;
        private final long[] drafts;
        private int next;

        public Submissions(String host, String token, long[] drafts) {
            this.host = host;
            this.token = token;
            this.drafts = drafts.clone();
        }

        @Override
        public LoadClient.Request next() {
            if (next == drafts.length) {
                return null;
            }
            long entry = drafts[next++];
            return new LoadClient.Request("entry " + entry, wire("POST", "/api/entries/" + entry + "/submit", host, token, "{}"),
                    body -> {
                        Map<String, Object> view = Json.object(body);
                        return number(view.get("id"), entry) && Objects.equals(view.get("status"), "SUBMITTED");
                    });
        }
    }
}
