package org.laurel.participation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.laurel.entries.InstitutionKind;
import org.laurel.participation.ParticipationView.CategoryFigures;
import org.laurel.participation.ParticipationView.DayFigures;
import org.laurel.participation.ParticipationView.InstitutionFigures;
import org.laurel.participation.ParticipationView.RegionFigures;

/**
 * Participation figures from the teams of a program (pure: the service reads, this counts). A
 * person is counted once across the program by their email; a roster line without one is a
 * person of its own. An institution is counted once under its folded, aliased name, with the
 * kind most of its people gave (OTHER when nobody said).
 */
final class Participation {

    private Participation() {}

    /** One person of a team: {@code key} identifies them across the program. */
    record Person(
            String key,
            @Nullable String institution,
            @Nullable InstitutionKind kind,
            @Nullable String region) {}

    record Team(
            long entryId,
            @Nullable Long categoryId,
            @Nullable Instant submittedAt,
            List<Person> people) {}

    static ParticipationView compute(
            long programId,
            List<Team> teams,
            Map<String, String> aliases,
            Map<Long, String> categoryNames,
            ZoneId zone) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Inst> institutions = new HashMap<>();
        Map<String, String> institutionOf = new HashMap<>(); // person key -> institution key
        Map<String, Set<Long>> regionTeams = new TreeMap<>();
        Map<String, Set<String>> regionPeople = new TreeMap<>();
        for (Team t : teams) {
            for (Person p : t.people()) {
                people.putIfAbsent(p.key(), p);
                String ik = Institutions.canonicalKey(p.institution(), aliases);
                if (ik != null) {
                    String shown = aliases.getOrDefault(
                            Institutions.key(p.institution()), p.institution().strip());
                    institutions.computeIfAbsent(ik, k -> new Inst()).add(t.entryId(), p, shown);
                    institutionOf.putIfAbsent(p.key(), ik);
                }
                if (p.region() != null && !p.region().isBlank()) {
                    String r = p.region().strip();
                    regionTeams.computeIfAbsent(r, k -> new HashSet<>()).add(t.entryId());
                    regionPeople.computeIfAbsent(r, k -> new HashSet<>()).add(p.key());
                }
            }
        }
        Map<InstitutionKind, Integer> peopleByKind = zeroes();
        int unaffiliated = 0;
        for (Person p : people.values()) {
            String ik = institutionOf.get(p.key());
            if (ik == null) {
                unaffiliated++;
            } else {
                peopleByKind.merge(institutions.get(ik).kind(), 1, Integer::sum);
            }
        }
        Map<InstitutionKind, Integer> distinct = zeroes();
        institutions.values().forEach(i -> distinct.merge(i.kind(), 1, Integer::sum));

        return new ParticipationView(
                programId,
                teams.size(),
                people.size(),
                peopleByKind,
                distinct,
                unaffiliated,
                byCategory(teams, aliases, institutions, categoryNames),
                regionTeams.keySet().stream()
                        .map(r -> new RegionFigures(
                                r,
                                regionTeams.get(r).size(),
                                regionPeople.get(r).size()))
                        .sorted(Comparator.comparingInt(RegionFigures::teams).reversed())
                        .toList(),
                overTime(teams, zone),
                institutions.values().stream()
                        .map(i -> new InstitutionFigures(i.name(), i.kind(), i.teams.size(), i.people.size()))
                        .sorted(Comparator.comparingInt(InstitutionFigures::teams)
                                .reversed()
                                .thenComparing(InstitutionFigures::name))
                        .toList());
    }

    private static List<CategoryFigures> byCategory(
            List<Team> teams, Map<String, String> aliases, Map<String, Inst> institutions, Map<Long, String> names) {
        Map<Long, List<Team>> grouped = new LinkedHashMap<>();
        names.keySet().forEach(id -> grouped.put(id, new ArrayList<>()));
        teams.forEach(t ->
                grouped.computeIfAbsent(t.categoryId(), k -> new ArrayList<>()).add(t));
        List<CategoryFigures> out = new ArrayList<>();
        grouped.forEach((categoryId, list) -> {
            Set<String> people = new HashSet<>();
            Set<String> universities = new HashSet<>();
            Set<String> companies = new HashSet<>();
            for (Team t : list) {
                for (Person p : t.people()) {
                    people.add(p.key());
                    String ik = Institutions.canonicalKey(p.institution(), aliases);
                    if (ik != null) {
                        InstitutionKind kind = institutions.get(ik).kind();
                        if (kind == InstitutionKind.UNIVERSITY) {
                            universities.add(ik);
                        } else if (kind == InstitutionKind.COMPANY) {
                            companies.add(ik);
                        }
                    }
                }
            }
            out.add(new CategoryFigures(
                    categoryId,
                    categoryId == null ? null : names.get(categoryId),
                    list.size(),
                    people.size(),
                    universities.size(),
                    companies.size()));
        });
        return out;
    }

    /** Teams by the day they submitted, with the running total: the chart of how the call filled up. */
    private static List<DayFigures> overTime(List<Team> teams, ZoneId zone) {
        TreeMap<LocalDate, Integer> days = new TreeMap<>();
        teams.stream()
                .filter(t -> t.submittedAt() != null)
                .forEach(t -> days.merge(LocalDate.ofInstant(t.submittedAt(), zone), 1, Integer::sum));
        List<DayFigures> out = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LocalDate, Integer> d : days.entrySet()) {
            total += d.getValue();
            out.add(new DayFigures(d.getKey(), d.getValue(), total));
        }
        return out;
    }

    private static Map<InstitutionKind, Integer> zeroes() {
        Map<InstitutionKind, Integer> m = new EnumMap<>(InstitutionKind.class);
        for (InstitutionKind k : InstitutionKind.values()) {
            m.put(k, 0);
        }
        return m;
    }

    /** One institution as counted: its teams and people, the kinds and spellings people gave. */
    private static final class Inst {
        final Set<Long> teams = new HashSet<>();
        final Set<String> people = new HashSet<>();
        final Map<InstitutionKind, Integer> kinds = new EnumMap<>(InstitutionKind.class);
        final Map<String, Integer> spellings = new HashMap<>();

        void add(long entryId, Person p, String shown) {
            teams.add(entryId);
            people.add(p.key());
            if (p.kind() != null) {
                kinds.merge(p.kind(), 1, Integer::sum);
            }
            spellings.merge(shown, 1, Integer::sum);
        }

        /** The kind most people gave; ties go to the first kind in the enum's order. */
        InstitutionKind kind() {
            return kinds.entrySet().stream()
                    .max(Comparator.<Map.Entry<InstitutionKind, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey)
                    .orElse(InstitutionKind.OTHER);
        }

        /** The spelling most people used (an alias's canonical name counts as written by the organizer). */
        String name() {
            return spellings.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey)
                    .orElse("?");
        }
    }
}
