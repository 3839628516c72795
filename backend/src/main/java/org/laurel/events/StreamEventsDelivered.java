package org.laurel.events;

import java.time.Instant;
import java.util.List;

/**
 * Committed events were handed to this instance's open streams at {@code at} (by the wall clock, as the events'
 * own times are). The time from an event's {@link StreamEvent#at()} to here is how late live screens learn of it.
 */
public record StreamEventsDelivered(List<StreamEvent> events, Instant at) {}
