package org.laurel.programs;

/** ONLINE: assigned judges score at their own pace. LIVE: the panel scores each pitch of a roadshow. */
public enum RoundMode {
    ONLINE,
    LIVE
}
