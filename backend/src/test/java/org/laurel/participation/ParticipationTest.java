package org.laurel.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.entries.InstitutionKind;
import org.laurel.participation.Participation.Person;
import org.laurel.participation.Participation.Team;

class ParticipationTest {

    static final Instant DAY_ONE = Instant.parse("2026-03-01T10:00:00Z");
    /** 20:00 UTC is already the next morning in Shanghai: the day counts in the program's zone. */
    static final Instant LATE = Instant.parse("2026-03-03T20:00:00Z");

    @Test
    void namesFoldByCaseSpacingWidthAndPunctuationAndThroughAliases() {
        assertThat(Institutions.key("  Tsinghua   University. ")).isEqualTo("tsinghua university");
        assertThat(Institutions.key("ＴＳＩＮＧＨＵＡ University")).isEqualTo("tsinghua university");
        assertThat(Institutions.key("   ")).isNull();
        Map<String, String> aliases = Map.of("清华大学", "Tsinghua University");
        assertThat(Institutions.canonicalKey("清华大学", aliases)).isEqualTo("tsinghua university");
        assertThat(Institutions.canonicalKey("北京大学", aliases)).isEqualTo("北京大学");
    }

    @Test
    void countsTeamsPeopleAndInstitutionsByHand() {
        // Three teams; a@x is on two of them (one person); a roster line without email is a person of its own.
        List<Team> teams = List.of(
                new Team(
                        1,
                        1L,
                        DAY_ONE,
                        List.of(
                                new Person("a@x", "Tsinghua University", InstitutionKind.UNIVERSITY, "China"),
                                new Person("entry:1:2", "清华大学", InstitutionKind.UNIVERSITY, "China"),
                                new Person("c@y", "Acme Inc.", InstitutionKind.COMPANY, null))),
                new Team(
                        2,
                        2L,
                        DAY_ONE,
                        List.of(
                                new Person("a@x", "Tsinghua university", InstitutionKind.UNIVERSITY, null),
                                new Person("d@z", "ACME Inc", InstitutionKind.COMPANY, "Germany"),
                                new Person("e@w", null, null, null))),
                new Team(3, 1L, LATE, List.of(new Person("f@v", "Fraunhofer", null, null))));

        ParticipationView v = Participation.compute(
                7,
                teams,
                Map.of("清华大学", "Tsinghua University"),
                Map.of(1L, "Research", 2L, "Industry"),
                ZoneId.of("Asia/Shanghai"));

        assertThat(v.teams()).isEqualTo(3);
        assertThat(v.people()).isEqualTo(6); // a, the unnamed line, c, d, e, f
        assertThat(v.unaffiliated()).isEqualTo(1); // e
        // Tsinghua (a and the line) 2, Acme (c, d) 2, Fraunhofer (nobody said its kind) OTHER 1.
        assertThat(v.institutions())
                .containsEntry(InstitutionKind.UNIVERSITY, 2)
                .containsEntry(InstitutionKind.COMPANY, 2)
                .containsEntry(InstitutionKind.RESEARCH, 0)
                .containsEntry(InstitutionKind.OTHER, 1);
        assertThat(v.distinctInstitutions())
                .containsEntry(InstitutionKind.UNIVERSITY, 1)
                .containsEntry(InstitutionKind.COMPANY, 1)
                .containsEntry(InstitutionKind.OTHER, 1);
        assertThat(v.byCategory())
                .extracting(c ->
                        c.name() + ":" + c.teams() + "/" + c.people() + "/" + c.universities() + "/" + c.companies())
                .containsExactlyInAnyOrder("Research:2/4/1/1", "Industry:1/3/1/1");
        assertThat(v.regions())
                .extracting(r -> r.region() + ":" + r.teams() + "/" + r.people())
                .containsExactly("China:1/2", "Germany:1/1");
        assertThat(v.overTime())
                .extracting(d -> d.date() + ":" + d.teams() + "/" + d.cumulative())
                .containsExactly(LocalDate.of(2026, 3, 1) + ":2/2", LocalDate.of(2026, 3, 4) + ":1/3");
        assertThat(v.topInstitutions())
                .extracting(i -> i.name() + ":" + i.kind() + ":" + i.teams() + "/" + i.people())
                .containsExactly("ACME Inc:COMPANY:2/2", "Tsinghua University:UNIVERSITY:2/2", "Fraunhofer:OTHER:1/1");
    }
}
