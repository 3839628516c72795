package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.support.Api;

@MicronautTest(transactional = false)
class RoutingApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void unknownApiPathsAreProblemJson404ForEveryVerb() {
        Api api = new Api(client);
        for (Api.Result r : new Api.Result[] {
            api.get("/api/no-such-thing", null),
            api.post("/api/no-such-thing", Map.of("a", 1), null),
            api.send(HttpRequest.GET("/api/programs/12/nothing").accept(MediaType.TEXT_HTML_TYPE), null)
        }) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.get("status")).isEqualTo(404);
        }
    }

    @Test
    void deepLinksReturnTheAppWhenItIsPackaged() {
        String index = fetch("/");
        if (index == null) {
            return; // backend tests run without the front end jar (e.g. from an IDE)
        }
        assertThat(index).contains("<div id=\"app\">");
        assertThat(fetch("/programs/12")).isEqualTo(index);
        assertThat(fetch("/admin/users")).isEqualTo(index);
    }

    @Test
    void theOpenApiDocumentAndItsUiArePublished() {
        String yaml = fetch("/swagger/laurel-0.1.yml");
        assertThat(yaml)
                .contains("/api/auth/login")
                .contains("/api/auth/token")
                .contains("/api/admin/users/{id}/roles")
                .contains("/api/me")
                .contains("/api/programs/{programId}/entries")
                .contains("/api/entries/{id}/submit");
        assertThat(fetch("/swagger-ui/index.html")).contains("swagger");
    }

    @Test
    void healthIsPublic() {
        assertThat(fetch("/health")).contains("UP");
    }

    private String fetch(String path) {
        try {
            return client.toBlocking()
                    .retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE, MediaType.ALL_TYPE));
        } catch (HttpClientResponseException e) {
            if (path.equals("/") && e.getStatus().getCode() == 404) {
                return null;
            }
            throw e;
        }
    }
}
