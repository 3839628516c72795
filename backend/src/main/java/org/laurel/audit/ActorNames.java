package org.laurel.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Who did it, by name: a trail is read by people. The identity module provides it; the port
 * keeps the dependency one way (identity announces its changes to the trail, so the trail must
 * not call back into identity).
 */
public interface ActorNames {

    /** Display names of the given accounts; unknown ids are absent. */
    Map<Long, String> namesOf(Collection<Long> ids);
}
