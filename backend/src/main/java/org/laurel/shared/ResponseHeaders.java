package org.laurel.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every response gets. Vite names built assets by content hash, so they can be cached
 * for a year; everything else is revalidated so a new release shows up at the next load.
 */
@ServerFilter("/**")
class ResponseHeaders {

    @ResponseFilter
    void apply(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        if (request.getPath().startsWith("/assets/") && response.code() == 200) {
            headers.set("Cache-Control", "public, max-age=31536000, immutable");
        } else if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-cache");
        }
    }
}
