import java.time.Instant;

/** Builds benchmark data through the public API, as any client would. */
final class Season {

    record Program(long id, String categoryId, String organizer) {
    }

    private Season() {
    }

    static String organizer(String adminToken) {
        String email = "bench-organizer-" + System.nanoTime() + "@bench-org.example";
        BenchHttp.check(BenchHttp.post("/api/admin/users", "{\"email\":\"" + email + "\",\"password\":\"bench-password-1\","
                + "\"displayName\":\"Bench organizer\",\"roles\":[\"ORGANIZER\"]}", adminToken), 201);
        return BenchHttp.login(email, "bench-password-1");
    }

    /** A published competition, its window open, with a form of four fields. */
    static Program program(String organizer) {
        Instant now = Instant.now();
        String body = "{\"kind\":\"COMPETITION\",\"title\":\"Bench " + now + "\",\"description\":\"\","
                + "\"submissionOpensAt\":\"" + now.minusSeconds(3600) + "\",\"submissionClosesAt\":\"" + now.plusSeconds(86400) + "\","
                + "\"categories\":[{\"name\":\"Team\"},{\"name\":\"Company\"}],"
                + "\"formFields\":[{\"key\":\"pitch\",\"label\":\"Pitch\",\"type\":\"TEXT\",\"required\":true,\"maxLength\":200},"
                + "{\"key\":\"stage\",\"label\":\"Stage\",\"type\":\"SELECT\",\"required\":true,\"options\":[\"Seed\",\"Series A\"]},"
                + "{\"key\":\"team\",\"label\":\"Team size\",\"type\":\"NUMBER\",\"required\":true},"
                + "{\"key\":\"site\",\"label\":\"Website\",\"type\":\"URL\",\"required\":false}],\"prizeTiers\":[]}";
        String created = BenchHttp.check(BenchHttp.post("/api/programs", body, organizer), 201).body();
        long id = BenchHttp.id(created);
        BenchHttp.check(BenchHttp.post("/api/programs/" + id + "/publish", "{}", organizer), 200);
        return new Program(id, BenchHttp.group(created, "\"categories\":\\[\\{\"id\":(\\d+)"), organizer);
    }

    /**
     * A new applicant account (its own email domain), created by the admin; returns its token.
     * Not self-registration: that is rate-limited per address, and every bench client shares one.
     */
    static String applicant(String adminToken, int n) {
        String tag = n + "-" + System.nanoTime();
        String email = "bench-" + tag + "@applicant-" + tag + ".example";
        BenchHttp.check(BenchHttp.post("/api/admin/users", "{\"email\":\"" + email + "\",\"password\":\"bench-password-1\","
                + "\"displayName\":\"Applicant " + n + "\",\"roles\":[\"APPLICANT\"]}", adminToken), 201);
        return BenchHttp.login(email, "bench-password-1");
    }

    static long draft(Program program, String token, String tag) {
        String entry = "{\"title\":\"Entry " + tag + "\",\"categoryId\":" + program.categoryId()
                + ",\"summary\":\"A startup that benchmarks judging platforms.\",\"organization\":\"Bench " + tag + "\","
                + "\"team\":[{\"name\":\"Founder " + tag + "\",\"role\":\"CEO\"}],"
                + "\"answers\":{\"pitch\":\"Faster judging\",\"stage\":\"Seed\",\"team\":5,\"site\":\"https://bench.example\"}}";
        return BenchHttp.id(BenchHttp.check(BenchHttp.post("/api/programs/" + program.id() + "/entries", entry, token), 201).body());
    }
}
