package org.laurel.identity;

/**
 * A sign-in was refused for a wrong password or an unknown account (the attempt was counted by the throttle).
 * It names nobody: it is there to be counted.
 */
public record SignInFailed() {}
