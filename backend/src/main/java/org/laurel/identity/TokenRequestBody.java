package org.laurel.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a token or logout request, sent as a form (as OAuth clients do) or as JSON.
 * Read from the raw text so that a malformed body is a 400 problem, never a decoder's 500.
 */
@Singleton
class TokenRequestBody {

    private final JsonMapper json;

    TokenRequestBody(JsonMapper json) {
        this.json = json;
    }

    Map<String, String> parse(HttpRequest<?> request, @Nullable String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isBlank()) {
            return fields;
        }
        boolean isJson = request.getContentType()
                .map(t -> t.getSubtype().contains("json"))
                .orElse(false);
        if (isJson) {
            try {
                Map<String, Object> map = json.readValue(body, Argument.mapOf(String.class, Object.class));
                if (map != null) {
                    map.forEach((k, v) -> {
                        if (v instanceof String s) {
                            fields.put(k, s);
                        }
                    });
                }
                return fields;
            } catch (IOException | RuntimeException e) {
                throw new IdentityProblems.MalformedRequest();
            }
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            fields.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IdentityProblems.MalformedRequest();
        }
    }
}
