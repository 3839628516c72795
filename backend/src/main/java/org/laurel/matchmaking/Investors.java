package org.laurel.matchmaking;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.laurel.identity.IdentityService;
import org.laurel.identity.JudgeInvitations;
import org.laurel.identity.Role;
import org.laurel.identity.UserView;
import org.laurel.matchmaking.MatchmakingEvents.InvestorInvited;
import org.laurel.matchmaking.MatchmakingParts.Investor;
import org.laurel.matchmaking.MatchmakingParts.Setting;
import org.laurel.matchmaking.MatchmakingViews.InvestorProgram;
import org.laurel.matchmaking.MatchmakingViews.InvestorView;
import org.laurel.matchmaking.MatchmakingViews.InviteRequest;
import org.laurel.matchmaking.MatchmakingViews.SettingsRequest;
import org.laurel.matchmaking.MatchmakingViews.SettingsView;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;

/**
 * Who may take part in a program's matchmaking: the investors its organizers invited (an account
 * with the INVESTOR role, by emailed invitation when new), each with a firm and focus areas; and
 * the organizer's one setting, whether investors see a band of the revealed score. Every investor
 * request of the module starts with {@link #require}.
 */
@Singleton
public class Investors {

    private final MatchmakingParts.Investors investors;
    private final MatchmakingParts.Settings settings;
    private final ProgramService programs;
    private final JudgeInvitations invitations;
    private final IdentityService identity;
    private final ApplicationEventPublisher<InvestorInvited> invited;
    private final ApplicationEventPublisher<MatchmakingEvents.SettingsChanged> settingsChanged;
    private final Clock clock;

    Investors(
            MatchmakingParts.Investors investors,
            MatchmakingParts.Settings settings,
            ProgramService programs,
            JudgeInvitations invitations,
            IdentityService identity,
            ApplicationEventPublisher<InvestorInvited> invited,
            ApplicationEventPublisher<MatchmakingEvents.SettingsChanged> settingsChanged,
            Clock clock) {
        this.investors = investors;
        this.settings = settings;
        this.programs = programs;
        this.invitations = invitations;
        this.identity = identity;
        this.invited = invited;
        this.settingsChanged = settingsChanged;
        this.clock = clock;
    }

    /** Invites (or re-describes) an investor: one transaction, so no account without its program. */
    @Transactional
    public InvestorView invite(long programId, InviteRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        JudgeInvitations.Invited person = invitations.invite(
                organizerId, request.email(), request.displayName(), request.firm(), request.language(), Role.INVESTOR);
        List<String> focus =
                request.focusAreas().stream().map(String::strip).distinct().toList();
        Investor row = new Investor(
                investors
                        .findByProgramIdAndInvestorId(programId, person.userId())
                        .map(Investor::id)
                        .orElse(null),
                programId,
                person.userId(),
                request.firm().strip(),
                String.join("\n", focus),
                organizerId,
                clock.instant());
        Investor saved = row.id() == null ? investors.save(row) : investors.update(row);
        invited.publishEvent(new InvestorInvited(organizerId, programId, person.userId(), saved.firm(), focus));
        return new InvestorView(
                person.userId(),
                person.email(),
                person.displayName(),
                saved.firm(),
                saved.focus(),
                saved.invitedAt(),
                person.outcome() == JudgeInvitations.Outcome.CREATED);
    }

    List<InvestorView> list(long programId, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        List<Investor> rows = investors.findByProgramIdOrderByInvitedAt(programId);
        Map<Long, UserView> people =
                identity.getAll(rows.stream().map(Investor::investorId).toList());
        return rows.stream()
                .filter(r -> people.containsKey(r.investorId()))
                .map(r -> {
                    UserView u = people.get(r.investorId());
                    return new InvestorView(
                            r.investorId(), u.email(), u.displayName(), r.firm(), r.focus(), r.invitedAt(), false);
                })
                .toList();
    }

    /** The programs this investor is invited to, in the order of their invitations. */
    List<InvestorProgram> programsOf(long investorId) {
        List<Investor> rows = investors.findByInvestorId(investorId);
        Map<Long, ProgramView> found =
                programs.findAll(rows.stream().map(Investor::programId).toList());
        return rows.stream()
                .filter(r -> found.containsKey(r.programId()))
                .map(r -> {
                    ProgramView p = found.get(r.programId());
                    return new InvestorProgram(p.id(), p.slug(), p.title(), r.firm(), r.focus());
                })
                .toList();
    }

    /** Whether the person is one of the program's investors. */
    boolean invited(long programId, long investorId) {
        return investors.findByProgramIdAndInvestorId(programId, investorId).isPresent();
    }

    /** The investor's place in the program, or 403: the one check of every investor request. */
    Investor require(long programId, long investorId) {
        return investors
                .findByProgramIdAndInvestorId(programId, investorId)
                .orElseThrow(() -> new MatchmakingProblems.NotInvited(programId));
    }

    /** The same, locked for the transaction: one investor's requests in a program are taken one at a time. */
    Investor lock(long programId, long investorId) {
        return investors.lock(programId, investorId).orElseThrow(() -> new MatchmakingProblems.NotInvited(programId));
    }

    boolean scoreBands(long programId) {
        return settings.findById(programId).map(Setting::scoreBands).orElse(false);
    }

    SettingsView settings(long programId, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        return new SettingsView(programId, scoreBands(programId));
    }

    @Transactional
    SettingsView saveSettings(long programId, SettingsRequest request, long organizerId) {
        programs.requireOrganizer(programId, organizerId);
        boolean before = scoreBands(programId);
        Setting row = new Setting(programId, request.scoreBands(), clock.instant());
        if (settings.existsById(programId)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
        if (before != request.scoreBands()) {
            settingsChanged.publishEvent(
                    new MatchmakingEvents.SettingsChanged(organizerId, programId, request.scoreBands()));
        }
        return new SettingsView(programId, request.scoreBands());
    }
}
