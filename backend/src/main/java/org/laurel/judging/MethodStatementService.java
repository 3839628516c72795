package org.laurel.judging;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.laurel.judging.ResultService.SnapshotContent;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.programs.RoundService;
import org.laurel.programs.RoundView;

/**
 * A finalized round's method statement, for its organizers and, once winners are published, for
 * everyone (the awards module decides when). Written from the round's bundle, so the statement,
 * the download and {@code laurel.jar verify} all rest on the same cards.
 */
@Singleton
public class MethodStatementService {

    private final SnapshotBundles bundles;
    private final RoundService rounds;
    private final ProgramService programs;
    private final JsonMapper json;

    MethodStatementService(SnapshotBundles bundles, RoundService rounds, ProgramService programs, JsonMapper json) {
        this.bundles = bundles;
        this.rounds = rounds;
        this.programs = programs;
        this.json = json;
    }

    MethodStatement forOrganizer(long roundId, long organizerId) {
        return statement(rounds.get(roundId, organizerId), true, null);
    }

    /**
     * For the public page of a published result: the caller has checked that the round's winners
     * are published; {@code scoresShown} follows whether they were published with their scores, and
     * the entries worked out are the published winners (not an entry withdrawn since, nor one the
     * organizer passed over with a reason).
     */
    public MethodStatement published(RoundView round, boolean scoresShown, java.util.Set<Long> winners) {
        return statement(round, scoresShown, winners);
    }

    private MethodStatement statement(
            RoundView round, boolean scoresShown, @io.micronaut.core.annotation.Nullable java.util.Set<Long> winners) {
        RoundBundle bundle = bundles.bundle(round);
        ProgramView program = programs.find(round.programId());
        try {
            SnapshotContent frozen = json.readValue(bundle.snapshot().content(), SnapshotContent.class);
            return MethodStatements.of(bundle, frozen, program::categoryName, scoresShown, winners);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
