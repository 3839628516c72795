package org.laurel.judging;

import java.util.Set;
import org.laurel.programs.RoundView;

/**
 * A check another module makes before a round's panel changes, refusing with a problem when the
 * new panel would break its rule (the live module: a judge on two stages at once). Judging does
 * not know those rules; it only asks every guard.
 */
public interface PanelGuard {
    void beforePanel(RoundView round, Set<Long> judgeIds);
}
