package org.laurel.programs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

final class RoundParts {

    private RoundParts() {}

    /** One criterion of a round's rubric. */
    @MappedEntity("round_criterion")
    record Criterion(
            @Id @GeneratedValue @Nullable Long id,
            long roundId,
            String name,
            @Nullable String description,
            double weight,
            @MappedProperty("min_value") double min,
            @MappedProperty("max_value") double max,
            double step,
            @Nullable Integer tieBreakOrder,
            int position) {}
}
