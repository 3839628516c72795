package org.laurel.shared;

import io.micronaut.http.HttpStatus;

/** Throttling: answered with 429 and a {@code Retry-After} header in whole seconds. */
public class TooManyRequests extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequests(String type, String detail, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, type, "Too many requests", detail, null);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
