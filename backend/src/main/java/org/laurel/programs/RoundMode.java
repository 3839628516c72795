package org.laurel.programs;

/**
 * ONLINE: assigned judges score at their own pace. LIVE: the panel scores each pitch of a roadshow.
 * PAIRWISE: on an expo floor the panel walks from table to table and says which of the last two was
 * better; CrowdBT ranks the entries from those answers.
 */
public enum RoundMode {
    ONLINE,
    LIVE,
    PAIRWISE
}
