package org.laurel.shared;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.validation.constraints.Min;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.laurel.support.Api;
import org.laurel.support.JsonText;
import org.laurel.support.JsonText.Raw;
import org.laurel.support.Seasons;

/**
 * Hostile variations of valid requests to every route the router knows. A route's valid request
 * comes from an example below when one is written, otherwise it is generated from its body type,
 * so a new endpoint is fuzzed without a change here; then one thing about it is broken: a field,
 * the document, the content type, a path id, a query parameter, a header, a form or a multipart.
 */
final class FuzzRequests {

    record Route(
            String method,
            String template,
            List<String> pathVariables,
            List<String> queryParams,
            Argument<?> body,
            boolean multipart,
            boolean form,
            boolean stream) {
        String key() {
            return method + " " + template;
        }
    }

    record Request(
            String caller,
            String method,
            String uri,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            String mutation) {
        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            text = text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
            String uriText = uri.length() > 300 ? uri.substring(0, 300) + "..." : uri;
            Map<String, String> shown = new LinkedHashMap<>();
            headers.forEach((k, v) -> shown.put(k, v.length() > 40 ? v.substring(0, 40) + "..." : v));
            return caller + " " + method + " " + uriText + " [" + mutation + "] "
                    + (contentType == null ? "" : contentType + " ") + shown + " " + JsonText.write(text);
        }
    }

    static final String BIG = "x".repeat(100_000);
    static final String DEEP = "[".repeat(3000) + "]".repeat(3000);

    /** Values a hostile client puts where any JSON value is expected. */
    static final List<Object> VALUES = List.of(
            new Raw("NaN"),
            new Raw("Infinity"),
            new Raw("-Infinity"),
            new Raw("1e999"),
            new Raw("-1e999"),
            new Raw("1e308"),
            new Raw("9223372036854775808"),
            new Raw("-9223372036854775809"),
            new Raw("2147483648"),
            new Raw("4.9e-324"),
            new Raw("1" + "0".repeat(400)),
            new Raw("-0.0"),
            -1,
            0,
            -0.5,
            0.5,
            1_000_000_000,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            "NaN",
            "Infinity",
            "-Infinity",
            "1e999",
            "-1",
            "99999999999999999999",
            "\u0000",
            "a\u0000b",
            "\ud800",
            "x\udc00y",
            "\udbff",
            "\u0007",
            "tab\there",
            "esc\u001b[31m",
            "\u007f",
            BIG,
            "",
            "   ",
            "\uFEFF",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "%00",
            "../../etc/passwd",
            "2024-13-45T99:99:99Z",
            "NOT_A_CONSTANT",
            "draft",
            "1.5",
            "true",
            true,
            false,
            List.of(),
            Map.of(),
            List.of(1, 2),
            List.of("\u0000"),
            Map.of("a", 1),
            Map.of("\u0000", "\u0000"),
            new Raw(DEEP),
            new Raw("{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2001)));

    static final List<String> RAW_BODIES = List.of(
            "",
            "{",
            "{\"a\":",
            "[1,2",
            "%%%",
            "null",
            "[]",
            "\"text\"",
            "123",
            "NaN",
            "{\"a\":1}{\"b\":2}",
            "{\"a\":NaN}",
            "{'a':1}",
            "{\"a\":1,}",
            "\u0000",
            "{\"title\":\"a\u0000b\"}",
            DEEP,
            "<?xml version=\"1.0\"?><a/>",
            "\uFEFF{}",
            "{\"a\":\"\\ud800\"}",
            "{\"a\":\"\\u0000\"}",
            "{\"a\":\"\\uZZZZ\"}");

    static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=nothing",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=nonsense",
            "application/octet-stream",
            "*/*",
            "application/problem+json",
            "garbage",
            "application/json; boundary=\"x",
            "text/event-stream");

    /** Already percent-encoded, as they travel in a URI. */
    static final List<String> PATH_VALUES = List.of(
            "0",
            "-1",
            "9223372036854775807",
            "9223372036854775808",
            "999999999",
            "abc",
            "1.5",
            "%00",
            "1%00",
            "%ED%A0%80",
            "%C0%80",
            "%FF",
            "NaN",
            "Infinity",
            "1e3",
            "%20",
            "-0",
            "0x10",
            "%2e%2e",
            "1%0A2",
            "%E2%80%AE",
            "x".repeat(3000),
            "1;2",
            "%25");

    static final List<String> QUERY_VALUES = List.of(
            "%00",
            "a%00b",
            "%ED%A0%80",
            "%FF",
            "NaN",
            "Infinity",
            "-1",
            "0",
            "99999999999999999999",
            "abc",
            "1e999",
            "x".repeat(3000),
            "",
            "%25",
            "DRAFT",
            "draft",
            "%27%20OR%201%3D1--",
            "%07",
            "1.5",
            "-9223372036854775809",
            "%0D%0A",
            "csv",
            "xlsx",
            "MEAN",
            "%E2%80%AE");

    static final List<String> FORMS = List.of(
            "%%%",
            "",
            "grant_type=refresh_token",
            "refresh_token=abc",
            "grant_type=password&username=a&password=b",
            "grant_type=refresh_token&refresh_token=%00",
            "grant_type=refresh_token&refresh_token=%ED%A0%80",
            "grant_type=%ZZ&refresh_token=x",
            "=&=&",
            "grant_type=refresh_token&refresh_token=a&refresh_token=b",
            "a=" + "x".repeat(100_000),
            "grant_type=%00",
            "grant_type=refresh_token&refresh_token=eyJhbGciOiJIUzI1NiJ9.e30.abc",
            "grant_type=refresh_token&refresh_token=" + "x".repeat(20_000),
            "grant_type&refresh_token",
            "\u0000=\u0000",
            "grant_type=client_credentials");

    private final FuzzSeason season;
    private final Map<String, Object> examples = new LinkedHashMap<>();

    FuzzRequests(FuzzSeason season) {
        this.season = season;
        writeExamples();
    }

    static List<Route> routes(Router router) {
        return org.laurel.support.Endpoints.of(router).values().stream()
                .map(FuzzRequests::route)
                .toList();
    }

    private static Route route(UriRouteInfo<?, ?> info) {
        String template = org.laurel.support.Endpoints.template(info);
        List<String> queryParams = new ArrayList<>();
        for (Argument<?> a : info.getTargetMethod().getArguments()) {
            if (a.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                queryParams.add(a.getAnnotationMetadata()
                        .stringValue(QueryValue.class)
                        .filter(s -> !s.isEmpty())
                        .orElse(a.getName()));
            }
        }
        boolean multipart = info.getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE);
        boolean form = info.getConsumes().contains(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                && !info.getConsumes().contains(MediaType.APPLICATION_JSON_TYPE);
        boolean stream = info.getProduces().contains(MediaType.TEXT_EVENT_STREAM_TYPE);
        Argument<?> body = info.getBodyArgument().orElse(null);
        return new Route(
                info.getHttpMethodName(),
                template,
                info.getUriMatchTemplate().getVariableNames(),
                queryParams,
                body,
                multipart,
                form,
                stream);
    }

    /** Per route, the callers it did not turn away at the door: most requests go to them, to reach the code behind. */
    private final Map<String, java.util.Set<String>> admitted = new java.util.HashMap<>();

    void admitted(Route route, String caller) {
        admitted.computeIfAbsent(route.key(), k -> new java.util.TreeSet<>()).add(caller);
    }

    Request next(Route route, Random random) {
        List<String> callers = new ArrayList<>(season.callers().keySet());
        java.util.Set<String> known = admitted.get(route.key());
        if (known != null && random.nextInt(5) != 0) {
            callers = new ArrayList<>(known);
        }
        String caller = callers.get(random.nextInt(callers.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        if (season.callers().get(caller) != null) {
            headers.put("Authorization", "Bearer " + season.callers().get(caller));
        }
        Map<String, String> path = new LinkedHashMap<>();
        route.pathVariables().forEach(v -> path.put(v, validId(route.template(), v, random)));
        Map<String, String> query = new LinkedHashMap<>();
        String contentType = route.form()
                ? "application/x-www-form-urlencoded"
                : route.multipart() ? "multipart/form-data; boundary=FuzzBoundary" : "application/json";
        Object valid = route.form() || route.multipart() ? null : example(route);
        byte[] body = valid == null ? null : utf8(JsonText.write(valid));
        if (route.multipart()) {
            body = multipart("deck.pdf", "deck", FuzzSeason.PDF_TEXT, "FuzzBoundary");
        }

        String mutation;
        List<String> kinds = kinds(route, valid);
        String kind = kinds.get(random.nextInt(kinds.size()));
        switch (kind) {
            case "path" -> {
                String v = route.pathVariables()
                        .get(random.nextInt(route.pathVariables().size()));
                String value = random.nextInt(6) == 0 ? foreignId(random) : pick(PATH_VALUES, random);
                path.put(v, value);
                mutation = "path " + v + "=" + abbreviate(value);
            }
            case "query" -> {
                String name = route.queryParams().isEmpty() || random.nextInt(4) == 0
                        ? pick(List.of("page", "size", "q", "x", "%00"), random)
                        : pick(route.queryParams(), random);
                String value = pick(QUERY_VALUES, random);
                query.put(name, value);
                mutation = "query " + name + "=" + abbreviate(value);
            }
            case "header" -> {
                Map.Entry<String, String> h = header(caller, random);
                headers.put(h.getKey(), h.getValue());
                mutation = "header " + h.getKey();
            }
            case "content-type" -> {
                contentType = random.nextInt(8) == 0 ? null : pick(CONTENT_TYPES, random);
                mutation = "content-type " + contentType;
            }
            case "raw" -> {
                String raw = random.nextInt(3) == 0 && body != null
                        ? new String(body, StandardCharsets.UTF_8)
                                .substring(0, random.nextInt(Math.max(1, body.length)))
                        : pick(RAW_BODIES, random);
                body = random.nextInt(10) == 0
                        ? new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, (byte) 0xFF, '"', '}'}
                        : utf8(raw);
                mutation = "raw body";
            }
            case "form" -> {
                body = utf8(pick(FORMS, random));
                if (random.nextInt(5) == 0) {
                    contentType = pick(List.of("application/json", "text/plain", "multipart/form-data"), random);
                }
                mutation = "form";
            }
            case "multipart" -> {
                String[] names = {
                    "deck.pdf", "a\u0000b.pdf", "\ud800.pdf", "x\u0007.pdf", BIG + ".pdf", "", "..", "\u202Efdp.exe"
                };
                String[] keys = {"deck", "\u0000", "a\u0000b", "\udc00", "pitch", BIG, "", "nope"};
                int variant = random.nextInt(6);
                String file = pick(List.of(names), random);
                String key = pick(List.of(keys), random);
                body = switch (variant) {
                    case 0 -> multipart(file, "deck", FuzzSeason.PDF_TEXT, "FuzzBoundary");
                    case 1 -> multipart("deck.pdf", key, FuzzSeason.PDF_TEXT, "FuzzBoundary");
                    case 2 -> multipart(file, key, "not a pdf at all", "FuzzBoundary");
                    case 3 ->
                        utf8(
                                "--FuzzBoundary\r\nContent-Disposition: form-data; name=\"fieldKey\"\r\n\r\ndeck\r\n--FuzzBoundary--\r\n");
                    case 4 -> java.util.Arrays.copyOf(multipart(file, key, FuzzSeason.PDF_TEXT, "FuzzBoundary"), 60);
                    default -> multipart(file, key, FuzzSeason.PDF_TEXT, "Other");
                };
                mutation = "multipart " + variant + " file=" + abbreviate(file) + " key=" + abbreviate(key);
            }
            default -> {
                Object tree = copy(valid);
                mutation = mutateTree(tree, random);
                if (mutation.startsWith("root=")) {
                    tree = VALUES.get(random.nextInt(VALUES.size()));
                }
                body = utf8(JsonText.write(tree));
            }
        }
        if (route.stream()) {
            // A valid session id would open an endless event stream: streams are fuzzed through invalid ids only.
            route.pathVariables()
                    .forEach(v -> path.put(
                            v,
                            pick(
                                    PATH_VALUES.stream()
                                            .filter(p -> !p.matches("\\d{1,3}"))
                                            .toList(),
                                    random)));
        }
        String uri = expand(route.template(), path) + queryString(query);
        return new Request(
                caller,
                route.method(),
                uri,
                contentType,
                route.method().equals("GET") && !kind.equals("raw") ? null : body,
                headers,
                mutation);
    }

    private static List<String> kinds(Route route, Object valid) {
        List<String> kinds = new ArrayList<>();
        if (!route.pathVariables().isEmpty()) {
            kinds.addAll(List.of("path", "path", "path"));
        }
        kinds.add("query");
        kinds.add("header");
        if (route.form()) {
            kinds.addAll(List.of("form", "form", "form", "form", "form", "content-type"));
        } else if (route.multipart()) {
            kinds.addAll(
                    List.of("multipart", "multipart", "multipart", "multipart", "multipart", "content-type", "raw"));
        } else if (valid != null) {
            kinds.addAll(List.of(
                    "field",
                    "field",
                    "field",
                    "field",
                    "field",
                    "field",
                    "field",
                    "field",
                    "raw",
                    "raw",
                    "content-type"));
        } else if (!route.method().equals("GET")) {
            kinds.add("raw");
        }
        return kinds;
    }

    /** Breaks one place in the document; returns what it did. */
    @SuppressWarnings("unchecked")
    private static String mutateTree(Object tree, Random random) {
        List<Object[]> places = new ArrayList<>();
        collect(tree, "", places);
        if (places.isEmpty() || random.nextInt(25) == 0) {
            return "root=";
        }
        Object[] place = places.get(random.nextInt(places.size()));
        Object container = place[0];
        Object key = place[1];
        String where = (String) place[2];
        int op = random.nextInt(10);
        Object value = VALUES.get(random.nextInt(VALUES.size()));
        if (container instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            if (op == 0) {
                map.remove(key);
                return "remove " + where;
            }
            if (op == 1) {
                map.put(pick(List.of("extra", "\u0000", "\ud800", "id", "__proto__", BIG), random), value);
                return "extra field in " + where + " = " + value;
            }
            if (op == 2) {
                Object v = map.remove(key);
                map.put(
                        pick(
                                List.of(
                                        "\u0000",
                                        "a\u0000b",
                                        "\ud800",
                                        "-1",
                                        "0",
                                        "NaN",
                                        "abc",
                                        "1e999",
                                        "99999999999999999999",
                                        ""),
                                random),
                        v);
                return "rename key " + where;
            }
            map.put((String) key, value);
        } else {
            ((List<Object>) container).set((Integer) key, value);
        }
        return "replace " + where + " = " + value;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, String path, List<Object[]> places) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : ((Map<String, Object>) map).entrySet()) {
                String p = path.isEmpty() ? String.valueOf(e.getKey()) : path + "." + e.getKey();
                places.add(new Object[] {map, e.getKey(), p});
                collect(e.getValue(), p, places);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String p = path + "[" + i + "]";
                places.add(new Object[] {list, i, p});
                collect(list.get(i), p, places);
            }
        }
    }

    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (node instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return node;
    }

    private Map.Entry<String, String> header(String caller, Random random) {
        String token = season.callers().get(caller);
        String forged = token == null ? "abc" : token.substring(0, token.length() - 4) + "AAAA";
        List<Map.Entry<String, String>> headers = List.of(
                Map.entry("Authorization", "Bearer garbage"),
                Map.entry("Authorization", "Bearer " + forged),
                Map.entry("Authorization", "Basic Zm9vOmJhcg=="),
                Map.entry("Authorization", "Bearer"),
                Map.entry("Authorization", "Bearer " + "a".repeat(6000)),
                Map.entry("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."),
                Map.entry("Accept", "application/xml"),
                Map.entry("Accept", "text/event-stream"),
                Map.entry("Accept", "garbage/;;"),
                Map.entry("X-Forwarded-For", "999.1.1.1, garbage, ::zz"),
                Map.entry("X-Forwarded-For", "\u00ff\u00fe"),
                Map.entry("X-Forwarded-Proto", "gopher"),
                Map.entry("Last-Event-ID", "-1"),
                Map.entry("Last-Event-ID", "NaN"),
                Map.entry("Last-Event-ID", "99999999999999999999"),
                Map.entry("Accept-Language", "zz-ZZ;q=NaN"),
                Map.entry("If-None-Match", "\"\u00ff\""),
                Map.entry("Origin", "null"),
                Map.entry("User-Agent", "x".repeat(4000)));
        return pick(headers, random);
    }

    private String validId(String template, String variable, Random random) {
        List<String> ids = season.ids().get(kindOf(template, variable));
        return ids == null ? "1" : pick(ids, random);
    }

    private String foreignId(Random random) {
        List<String> kinds = new ArrayList<>(season.ids().keySet());
        return pick(season.ids().get(pick(kinds, random)), random);
    }

    /** The kind of id a path variable holds: by its name, or for a plain {id} by the segment before it. */
    static String kindOf(String template, String variable) {
        if (variable.endsWith("Id") && !variable.equals("Id")) {
            return variable.substring(0, variable.length() - 2);
        }
        if (!variable.equals("id")) {
            return variable;
        }
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{id}")) {
                return switch (segments[i - 1]) {
                    case "programs" -> "program";
                    case "rounds" -> "round";
                    case "entries" -> "entry";
                    case "users" -> "user";
                    case "notifications" -> "notification";
                    case "live" -> "session";
                    default -> segments[i - 1].replaceAll("s$", "");
                };
            }
        }
        return "id";
    }

    private Object example(Route route) {
        Object written = examples.get(route.key());
        if (written != null) {
            return written instanceof java.util.function.Supplier<?> s ? s.get() : written;
        }
        return route.body() == null ? null : generate(route.body(), route.body().getName(), 0);
    }

    /** Valid bodies for the routes whose rules a generated body would not meet. */
    private void writeExamples() {
        List<Long> entries = season.entryIds();
        String entry = String.valueOf(entries.get(0));
        examples.put("POST /api/auth/register", (java.util.function.Supplier<Object>)
                () -> Map.of("email", Api.uniqueEmail("fuzz"), "password", Api.PASSWORD, "displayName", "Fuzz"));
        examples.put("POST /api/auth/login", Map.of("username", "nobody@fuzz.example.org", "password", Api.PASSWORD));
        examples.put("POST /api/admin/users", (java.util.function.Supplier<Object>) () -> Map.of(
                "email",
                Api.uniqueEmail("fuzz"),
                "password",
                Api.PASSWORD,
                "displayName",
                "Fuzz",
                "roles",
                List.of("JUDGE")));
        examples.put("PUT /api/admin/users/{id}/roles", Map.of("roles", List.of("JUDGE")));
        examples.put("POST /api/programs", (java.util.function.Supplier<Object>) () ->
                Seasons.awardBody("Fuzz award", Instant.now(), Instant.now().plus(Duration.ofDays(5))));
        examples.put("PUT /api/programs/{id}", season.programView());
        examples.put("POST /api/programs/{programId}/rounds", FuzzSeason.onlineRound());
        examples.put("PUT /api/rounds/{id}", FuzzSeason.onlineRound());
        examples.put(
                "PUT /api/rounds/{id}/panel",
                Map.of(
                        "judgeIds",
                        season.ids().get("judge").stream().map(Long::valueOf).toList()));
        examples.put(
                "POST /api/rounds/{id}/assignments", Map.of("entryId", entries.get(0), "judgeId", season.judgeId()));
        examples.put(
                "POST /api/rounds/{id}/conflicts",
                Map.of("entryId", entries.get(0), "judgeId", season.judgeId(), "reason", "Former colleague"));
        examples.put("POST /api/rounds/{id}/open", Map.of("reason", "Reopened"));
        examples.put("PUT /api/rounds/{roundId}/entries/{entryId}/scorecard", FuzzSeason.scorecard(season.criteria()));
        examples.put("POST /api/rounds/{roundId}/entries/{entryId}/conflict", Map.of("reason", "I know them"));
        Map<String, Object> entryBody = new LinkedHashMap<>();
        entryBody.put("title", "Fuzzed entry");
        entryBody.put("summary", "Summary");
        entryBody.put("organization", "Fuzz Labs");
        entryBody.put("team", List.of(Map.of("name", "Wang Wei", "email", "wei@photon.example", "role", "CEO")));
        entryBody.put("answers", Map.of("pitch", "Solar", "stage", "Prototype", "website", "https://photon.example"));
        examples.put("POST /api/programs/{programId}/entries", entryBody);
        examples.put("PUT /api/entries/{id}", entryBody);
        examples.put("POST /api/entries/{id}/eligibility", Map.of("eligible", true, "reason", "Fine"));
        examples.put(
                "POST /api/programs/{programId}/entries/eligibility",
                Map.of("entryIds", List.of(entries.get(0)), "eligible", true));
        examples.put("POST /api/rounds/{roundId}/live", FuzzSeason.schedule(entries));
        examples.put(
                "POST /api/live/{sessionId}/control",
                Map.of(
                        "action",
                        "PAUSE",
                        "slotId",
                        Long.valueOf(season.ids().get("slot").get(0)),
                        "reason",
                        "Break"));
        examples.put(
                "POST /api/programs/{programId}/announcements",
                Map.of(
                        "winners",
                        List.of(Map.of(
                                "entryId",
                                Long.valueOf(entry),
                                "prizeTierId",
                                Long.valueOf(season.ids().get("tier").get(0)))),
                        "reason",
                        "Fuzz",
                        "publishScores",
                        false));
    }

    /** A plausible value of a type, read from its introspection (records are introspected for serialization). */
    private Object generate(Argument<?> argument, String name, int depth) {
        Class<?> type = argument.getType();
        AnnotationMetadata meta = argument.getAnnotationMetadata();
        if (type == String.class) {
            return switch (name) {
                case "email" -> Api.uniqueEmail("fuzz");
                case "password" -> Api.PASSWORD;
                case "locale" -> "en";
                case "timeZone" -> "UTC";
                default -> "Fuzz " + name;
            };
        }
        if (type == Long.class || type == long.class) {
            List<String> ids = name.endsWith("Id") ? season.ids().get(name.substring(0, name.length() - 2)) : null;
            return ids == null ? 1L : Long.valueOf(ids.get(0));
        }
        if (type == Integer.class || type == int.class || type == Short.class || type == short.class) {
            return (int) meta.longValue(Min.class, "value").orElse(1);
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return 1.0;
        }
        if (type == Boolean.class || type == boolean.class) {
            return false;
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return Instant.now().plus(Duration.ofDays(1)).toString();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (depth > 4) {
            return null;
        }
        if (Collection.class.isAssignableFrom(type)) {
            Argument<?>[] params = argument.getTypeParameters();
            return params.length == 0 ? List.of() : List.of(generate(params[0], name, depth + 1));
        }
        if (Map.class.isAssignableFrom(type)) {
            Argument<?>[] params = argument.getTypeParameters();
            return params.length < 2 ? Map.of() : Map.of("key", generate(params[1], name, depth + 1));
        }
        return BeanIntrospector.SHARED
                .findIntrospection(type)
                .map(i -> bean(i, depth))
                .orElse(Map.of());
    }

    private Map<String, Object> bean(BeanIntrospection<?> introspection, int depth) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Argument<?> a : introspection.getConstructorArguments()) {
            body.put(a.getName(), generate(a, a.getName(), depth + 1));
        }
        return body;
    }

    static byte[] multipart(String fileName, String fieldKey, String content, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n"));
        out.writeBytes(utf8(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fieldKey\"\r\n\r\n" + fieldKey + "\r\n"));
        out.writeBytes(utf8("--" + boundary + "--\r\n"));
        return out.toByteArray();
    }

    private static String expand(String template, Map<String, String> values) {
        String uri = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            uri = uri.replace("{" + e.getKey() + "}", e.getValue());
        }
        return uri;
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder q = new StringBuilder("?");
        query.forEach((k, v) -> q.append(q.length() > 1 ? "&" : "")
                .append(k.startsWith("%") ? k : URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(v));
        return q.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + ")" : JsonText.write(s);
    }

    static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    static String newSeed() {
        return Long.toString(UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE);
    }
}
