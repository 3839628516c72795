package org.laurel.judging;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.laurel.identity.JudgeInvitations;
import org.laurel.judging.JudgingViews.JudgeSummary;
import org.laurel.judging.JudgingViews.PanelView;
import org.laurel.programs.RoundService;

/**
 * An organizer invites a judge by email and seats them on a round's panel in one transaction:
 * identity's {@link JudgeInvitations} makes the account (or grants the JUDGE role), then the
 * panel grows by one through {@link PanelService#setPanel}, which keeps the panel's rules (the
 * organizer's round, not finalized); a refusal there undoes the invitation too.
 */
@Singleton
class PanelInvitations {

    private final PanelService panels;
    private final JudgeInvitations invitations;
    private final RoundService rounds;

    PanelInvitations(PanelService panels, JudgeInvitations invitations, RoundService rounds) {
        this.panels = panels;
        this.invitations = invitations;
        this.rounds = rounds;
    }

    @Transactional
    JudgingViews.PanelInvitation invite(long roundId, JudgingViews.InviteJudgeRequest request, long organizerId) {
        // Parallel invitations into one round wait here for each other, so each reads the panel
        // as the previous one left it (and seats a raced judge once).
        rounds.lockForChange(roundId);
        // Checked before anyone is invited, so nobody is invited into a round the caller does not organize.
        PanelView current = panels.panel(roundId, organizerId);
        JudgeInvitations.Invited invited = invitations.invite(
                organizerId, request.email(), request.displayName(), request.organization(), request.language());
        List<Long> members =
                new ArrayList<>(current.judges().stream().map(JudgeSummary::id).toList());
        if (!members.contains(invited.userId())) {
            members.add(invited.userId());
        }
        PanelView view = panels.setPanel(roundId, members, organizerId);
        return new JudgingViews.PanelInvitation(
                invited.userId(), invited.outcome().name(), view);
    }
}
