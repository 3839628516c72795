package org.laurel.participation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One alias of a program: {@code alias} (found by its folded {@code aliasKey}) counts as {@code canonical}. */
@MappedEntity("institution_alias")
record AliasRow(
        @Id @GeneratedValue @Nullable Long id, long programId, String aliasKey, String alias, String canonical) {}
