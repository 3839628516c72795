package org.laurel.events;

import java.time.Instant;

/**
 * One pushed event: {@code seq} numbers a topic's events 1, 2, 3... without gaps, and is the
 * server-sent event id; {@code payload} is JSON, serialised once however many receive it.
 */
public record Event(String topic, long seq, String type, String payload, Instant at) {
}
