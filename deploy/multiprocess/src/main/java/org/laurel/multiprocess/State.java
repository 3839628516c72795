package org.laurel.multiprocess;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.laurel.bench.Api;
import org.laurel.bench.Json;

/**
 * What a backup must bring back, read through the API: every entry of the season's programs
 * (title, status, attachments), every deck's bytes by SHA-256, each round's scorecards export,
 * each finalized snapshot's hash, the published winners and the audit chain's verification.
 */
final class State {

    private State() {}

    @SuppressWarnings("unchecked")
    static Map<String, String> capture(Api api, Season s) {
        Map<String, String> out = new TreeMap<>();
        for (long program : s.scratchProgram > 0 ? List.of(s.program, s.scratchProgram) : List.of(s.program)) {
            Map<String, Object> page = api.call("GET", "/api/programs/" + program + "/entries?size=200", null, s.organizer, 200);
            out.put("program " + program + " entries the organizer sees", String.valueOf(page.get("total")));
        }
        // Every entry, drafts included, read by its owner: the scratch program's drafts are visible only to them.
        for (String owner : s.applicants) {
            Map<String, Object> mine = api.call("GET", "/api/entries/mine?size=200", null, owner, 200);
            for (Map<String, Object> item : Api.list(mine, "items")) {
                long id = Api.id(item);
                Map<String, Object> entry = api.call("GET", "/api/entries/" + id, null, owner, 200);
                StringBuilder atts = new StringBuilder();
                for (Map<String, Object> a : Api.list(entry, "attachments")) {
                    HttpResponse<byte[]> bytes = api.bytes("/api/entries/" + id + "/attachments/" + Api.id(a), owner);
                    atts.append(' ').append(Api.id(a)).append(':').append(a.get("sha256")).append(bytes.statusCode() == 200
                            && Season.sha256(bytes.body()).equals(a.get("sha256")) ? " bytes ok" : " BYTES " + bytes.statusCode());
                }
                out.put("entry " + id, entry.get("title") + " | " + entry.get("status") + " |" + atts);
            }
        }
        for (long round : List.of(s.round1, s.round2)) {
            HttpResponse<byte[]> cards = api.bytes("/api/rounds/" + round + "/export/scorecards", s.organizer);
            out.put("round " + round + " scorecards export", cards.statusCode() + " sha256 " + Season.sha256(cards.body()));
            Map<String, Object> snapshot = api.call("GET", "/api/rounds/" + round + "/snapshot", null, s.organizer, 200);
            out.put("round " + round + " snapshot", "version " + snapshot.get("version") + " sha256 " + snapshot.get("sha256"));
        }
        out.put("winners", api.send("GET", "/api/public/programs/mp-season/winners", null, null).body());
        Map<String, Object> verify = api.post("/api/audit/verify", "{}", s.admin);
        out.put("audit chain", "valid " + verify.get("valid") + ", " + Json.write(verify.get("checked")) + " records checked");
        return out;
    }
}
