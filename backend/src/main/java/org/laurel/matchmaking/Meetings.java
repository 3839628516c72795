package org.laurel.matchmaking;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.laurel.entries.EntryDirectory;
import org.laurel.entries.EntryFacts;
import org.laurel.matchmaking.MatchmakingEvents.MeetingChanged;
import org.laurel.matchmaking.MatchmakingParts.Meeting;
import org.laurel.matchmaking.MatchmakingViews.AcceptRequest;
import org.laurel.matchmaking.MatchmakingViews.MeetingRequest;
import org.laurel.matchmaking.MatchmakingViews.MeetingView;
import org.laurel.matchmaking.MeetingStatus.Side;
import org.laurel.matchmaking.MeetingStatus.Step;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * Meetings between a program's investors and its teams: an investor asks with up to three
 * proposed times, a team member accepts one or declines, and either side calls it off as
 * {@link MeetingStatus} allows. Each step is taken on the locked row and announced as
 * {@link MeetingChanged} (audit trail, emails).
 */
@Singleton
public class Meetings {

    private final MatchmakingParts.Meetings meetings;
    private final InvestorProjects projects;
    private final Investors investors;
    private final MeetingReader reader;
    private final EntryDirectory entries;
    private final ApplicationEventPublisher<MeetingChanged> changed;
    private final Clock clock;

    Meetings(
            MatchmakingParts.Meetings meetings,
            InvestorProjects projects,
            Investors investors,
            MeetingReader reader,
            EntryDirectory entries,
            ApplicationEventPublisher<MeetingChanged> changed,
            Clock clock) {
        this.meetings = meetings;
        this.projects = projects;
        this.investors = investors;
        this.reader = reader;
        this.entries = entries;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public MeetingView request(long entryId, MeetingRequest request, long investorId) {
        projects.visible(entryId, investorId); // 404 unless shared with this investor's program
        EntryFacts entry = entry(entryId);
        // Serialises this investor's requests in the program, so "one open request" holds under a double click.
        String firm = investors.lock(entry.programId(), investorId).firm();
        Instant now = clock.instant();
        List<Instant> times =
                request.proposedTimes().stream().distinct().sorted().toList();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.proposedTimes().size(); i++) {
            if (!request.proposedTimes().get(i).isAfter(now)) {
                errors.add(new FieldError("proposedTimes[" + i + "]", "must be in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("Proposed times must be in the future.", errors);
        }
        List<Meeting> open = meetings.findByInvestorIdAndEntryIdAndStatusIn(
                investorId, entryId, EnumSet.of(MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED));
        if (!open.isEmpty()) {
            throw new MatchmakingProblems.MeetingOpen(open.get(0).id());
        }
        Meeting saved = meetings.save(new Meeting(
                null,
                entry.programId(),
                entryId,
                investorId,
                MeetingStatus.REQUESTED,
                times.stream().map(Instant::toString).collect(Collectors.joining(",")),
                request.minutes(),
                request.message().strip(),
                null,
                null,
                null,
                null,
                null,
                now,
                0));
        changed.publishEvent(new MeetingChanged(
                investorId,
                entry.programId(),
                entryId,
                saved.id(),
                investorId,
                firm,
                null,
                MeetingStatus.REQUESTED,
                saved.proposedTimes(),
                saved.minutes(),
                null,
                null,
                null));
        return reader.views(List.of(saved), Side.INVESTOR).get(0);
    }

    /** An entry's meetings, for its team (404 for anyone else, as the entry's other pages answer). */
    List<MeetingView> ofEntry(long entryId, long userId) {
        EntryFacts entry = entry(entryId);
        if (!entry.teamIds().contains(userId)) {
            throw new ProblemException.NotFound("entry-not-found", "No entry " + entryId + ".");
        }
        return reader.views(meetings.findByEntryIdOrderByCreatedAt(entryId), Side.TEAM);
    }

    @Transactional
    MeetingView accept(long meetingId, AcceptRequest request, long userId) {
        Meeting m = lockAs(meetingId, userId, Side.TEAM);
        if (!m.proposedTimes().contains(request.startsAt())) {
            String detail = "Choose one of the proposed times.";
            throw new ProblemException.Invalid(detail, List.of(new FieldError("startsAt", detail)));
        }
        return step(m, Side.TEAM, Step.ACCEPT, userId, request.startsAt(), request.location(), request.reply());
    }

    @Transactional
    MeetingView decline(long meetingId, String reply, long userId) {
        Meeting m = lockAs(meetingId, userId, Side.TEAM);
        return step(m, Side.TEAM, Step.DECLINE, userId, null, null, reply);
    }

    /** Either side: the investor withdraws a request or calls off a meeting; the team calls off a meeting. */
    @Transactional
    MeetingView cancel(long meetingId, String reply, long userId) {
        Meeting m = meetings.lock(meetingId).orElseThrow(() -> new MatchmakingProblems.MeetingNotFound(meetingId));
        Side side = m.investorId() == userId ? Side.INVESTOR : Side.TEAM;
        if (side == Side.TEAM && !entry(m.entryId()).teamIds().contains(userId)) {
            throw new MatchmakingProblems.MeetingNotFound(meetingId);
        }
        return step(m, side, Step.CANCEL, userId, m.startsAt(), m.location(), reply);
    }

    private MeetingView step(
            Meeting m, Side side, Step step, long userId, Instant startsAt, String location, String reply) {
        MeetingStatus to = m.status().after(side, step);
        if (to == null) {
            throw new MatchmakingProblems.StepNotAllowed(m.status(), step);
        }
        String text = reply == null || reply.isBlank() ? null : reply.strip();
        Meeting moved = meetings.update(m.moved(
                to,
                userId,
                clock.instant(),
                startsAt,
                location == null || location.isBlank() ? null : location.strip(),
                text));
        changed.publishEvent(new MeetingChanged(
                userId,
                m.programId(),
                m.entryId(),
                m.id(),
                m.investorId(),
                investors.require(m.programId(), m.investorId()).firm(),
                m.status(),
                to,
                m.proposedTimes(),
                m.minutes(),
                moved.startsAt(),
                moved.location(),
                text));
        return reader.views(List.of(moved), side).get(0);
    }

    /** The meeting, locked, if this person is on the given side of it; 404 otherwise. */
    private Meeting lockAs(long meetingId, long userId, Side side) {
        Meeting m = meetings.lock(meetingId).orElseThrow(() -> new MatchmakingProblems.MeetingNotFound(meetingId));
        boolean onSide = side == Side.INVESTOR
                ? m.investorId() == userId
                : entry(m.entryId()).teamIds().contains(userId);
        if (!onSide) {
            throw new MatchmakingProblems.MeetingNotFound(meetingId);
        }
        return m;
    }

    private EntryFacts entry(long entryId) {
        return entries.facts(List.of(entryId)).stream()
                .findFirst()
                .orElseThrow(() -> new ProblemException.NotFound("entry-not-found", "No entry " + entryId + "."));
    }
}
