package org.laurel.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Recent attempts under one throttling key, and when the next one may be made. */
@MappedEntity("throttle_counter")
record ThrottleCounter(@Id String throttleKey, int attempts, Instant lastAt, Instant nextAllowedAt) {}
