package org.laurel.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A thin client for API tests: every call returns the status, headers and JSON body whatever
 * the status, so tests assert on refusals as plainly as on successes.
 */
public final class Api {

    public static final String ADMIN_EMAIL = "admin@test.laurel.dev";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String PASSWORD = "correct-horse-battery";

    private final BlockingHttpClient http;

    public Api(HttpClient client) {
        this.http = client.toBlocking();
    }

    public record Result(int status, Map<String, Object> body, HttpResponse<?> raw) {
        public String header(String name) {
            return raw.getHeaders().get(name);
        }

        public String contentType() {
            return raw.getContentType().map(MediaType::toString).orElse("");
        }

        public Object get(String key) {
            return body == null ? null : body.get(key);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String key) {
            return (List<Map<String, Object>>) body.get(key);
        }

        /** The invalid fields of a validation problem. */
        public List<String> fields() {
            return list("errors").stream().map(e -> (String) e.get("field")).toList();
        }
    }

    public Result send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<Map<String, Object>> response =
                    http.exchange(request, Argument.mapOf(String.class, Object.class));
            return new Result(response.code(), response.getBody().orElse(null), response);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = e.getResponse()
                    .getBody(Argument.mapOf(String.class, Object.class))
                    .orElse(null);
            return new Result(e.getStatus().getCode(), body, e.getResponse());
        }
    }

    public Result get(String path, String token) {
        return send(HttpRequest.GET(path), token);
    }

    public Result post(String path, Object body, String token) {
        return send(HttpRequest.POST(path, body), token);
    }

    public Result put(String path, Object body, String token) {
        return send(HttpRequest.PUT(path, body), token);
    }

    /** Sends one file as the multipart part {@code file}, as the app's upload forms do. */
    public Result upload(HttpMethod method, String path, String fileName, MediaType type, byte[] bytes, String token) {
        MultipartBody body =
                MultipartBody.builder().addPart("file", fileName, type, bytes).build();
        return send(HttpRequest.create(method, path).body(body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    /** Each address gets a domain of its own, so no two test users look like colleagues to conflict detection. */
    public static String uniqueEmail(String prefix) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return prefix + "-" + id + "@" + id + ".example.org";
    }

    public Result register(String email, String password, String name) {
        return post("/api/auth/register", Map.of("email", email, "password", password, "displayName", name), null);
    }

    public Result login(String email, String password) {
        return post("/api/auth/login", Map.of("username", email, "password", password), null);
    }

    public String token(String email, String password) {
        Result r = login(email, password);
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + email + " failed: " + r.status() + " " + r.body());
        }
        return (String) r.get("access_token");
    }

    /** Trades a refresh token for new tokens, as the front end does (a form body, as OAuth 2 has it). */
    public Result refresh(Object refreshToken) {
        return send(
                HttpRequest.POST(
                                "/api/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                null);
    }

    public String adminToken() {
        return token(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A fresh account with the given roles, created by the admin; returns its access token. */
    public String newUser(String prefix, Set<String> roles) {
        String email = uniqueEmail(prefix);
        Result r = post(
                "/api/admin/users",
                Map.of("email", email, "password", PASSWORD, "displayName", prefix, "roles", roles),
                adminToken());
        if (r.status() != 201) {
            throw new IllegalStateException("could not create " + email + ": " + r.body());
        }
        return token(email, PASSWORD);
    }
}
