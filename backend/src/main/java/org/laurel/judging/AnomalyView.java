package org.laurel.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A round's scorecard patterns worth a second look ({@link Anomalies} states each rule and its
 * thresholds). Nothing here changes a result; screens explain each flag from these figures.
 */
@Serdeable
public record AnomalyView(long roundId, boolean openingsRecorded, List<Item> flags) {

    /**
     * @param kind     AFFINITY_BIAS, IDENTICAL_SCORES, FAST_SUBMISSION or EXTREME_DEVIATION
     * @param affinity for AFFINITY_BIAS: ORGANIZATION, EMAIL_DOMAIN or REGION
     */
    @Serdeable
    public record Item(
            String kind,
            long judgeId,
            String judgeName,
            @Nullable String affinity,
            List<EntryTitle> entries,
            int count,
            int outOf,
            @Nullable Double value,
            @Nullable Double baseline,
            @Nullable Double z,
            @Nullable Long seconds) {}

    @Serdeable
    public record EntryTitle(long entryId, String title) {}
}
