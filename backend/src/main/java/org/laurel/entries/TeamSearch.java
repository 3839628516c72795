package org.laurel.entries;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What screening's search by team looks in: the members' names, emails and institutions, lower-cased, one
 * member a line; never the JSON the team is stored as (its keys would match every entry).
 */
public final class TeamSearch {

    private TeamSearch() {}

    /** Each member as {name, email, ...}; any may be null. */
    public static String of(List<String[]> members) {
        return members.stream()
                .map(m -> Stream.of(m).filter(Objects::nonNull).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
    }

    static String of(SaveEntryRequest.TeamMember... members) {
        return of(Stream.of(members)
                .map(m -> new String[] {m.name(), m.email(), m.institution()})
                .toList());
    }
}
