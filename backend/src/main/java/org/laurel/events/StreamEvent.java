package org.laurel.events;

import java.time.Instant;

/**
 * One item of a topic's stream, pushed to browsers as a server-sent event (not a domain event:
 * those are the past-tense records that modules announce, see the audit module's AuditedChange).
 * {@code seq} numbers a topic's events 1, 2, 3... without gaps, and is the
 * server-sent event id; {@code payload} is JSON, serialised once however many receive it.
 */
public record StreamEvent(String topic, long seq, String type, String payload, Instant at) {}
