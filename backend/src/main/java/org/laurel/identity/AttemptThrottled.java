package org.laurel.identity;

/**
 * A sign-in, registration or password change was refused with 429 because one of {@link LoginThrottle}'s limits makes it wait:
 * {@code limit} is {@code pair} (this account from this address), {@code account}, {@code address},
 * {@code register} or {@code password-change}. It names nobody: it is there to be counted.
 */
public record AttemptThrottled(String limit) {}
