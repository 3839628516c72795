package org.laurel.notifications;

/**
 * An attempt to send an outbox email failed; {@code givenUp} when it was the last one (the email is now
 * {@code FAILED}), otherwise it is retried later. It names nobody: it is there to be counted.
 */
public record EmailDeliveryFailed(boolean givenUp) {}
