package org.laurel.awards;

import jakarta.inject.Singleton;
import org.laurel.judging.MethodStatement;
import org.laurel.judging.MethodStatementService;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;
import org.laurel.shared.ProblemException;

/**
 * The method statement behind a published result: public once the winners are announced (until
 * then the round is the organizers' business), working out the latest announcement's winners, and
 * only when it published scores.
 */
@Singleton
class PublishedMethodStatements {

    private final AwardParts.Announcements announcements;
    private final ProgramService programs;
    private final RoundService rounds;
    private final MethodStatementService statements;
    private final AnnouncementDocuments documents;

    PublishedMethodStatements(
            AwardParts.Announcements announcements,
            ProgramService programs,
            RoundService rounds,
            MethodStatementService statements,
            AnnouncementDocuments documents) {
        this.documents = documents;
        this.announcements = announcements;
        this.programs = programs;
        this.rounds = rounds;
        this.statements = statements;
    }

    MethodStatement statement(String slug) {
        ProgramView program = programs.getBySlug(slug, null);
        AwardParts.Announcement latest = announcements
                .findFirstByProgramIdOrderByVersionDesc(program.id())
                .orElseThrow(() -> notPublished(program));
        // Winners are chosen from the program's final round once finalized (AwardService's final round).
        RoundView round = rounds.lastFinalized(program.id()).orElseThrow(() -> notPublished(program));
        java.util.Set<Long> winners = new java.util.HashSet<>();
        documents.read(latest.content()).tiers().forEach(t -> t.winners().forEach(w -> winners.add(w.entryId())));
        return statements.published(round, latest.publishScores(), winners);
    }

    private static ProblemException notPublished(ProgramView program) {
        return new ProblemException.NotFound(
                "winners-not-published", "No winners have been announced for " + program.title() + " yet.");
    }
}
