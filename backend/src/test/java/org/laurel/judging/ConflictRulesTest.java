package org.laurel.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    static final ConflictRules.Entry ENTRY = new ConflictRules.Entry(
            7, 100, "ceo@photon.example", "Photon Labs", List.of("cto@photonlabs.cn", "intern@gmail.com"));

    @Test
    void detectsTheApplicantTheTeamTheOrganizationAndTheDomain() {
        assertThat(ConflictRules.reason(new ConflictRules.Judge(100, "x@y.example", null), ENTRY))
                .contains("submitted");
        assertThat(ConflictRules.reason(new ConflictRules.Judge(1, "CTO@photonlabs.cn", null), ENTRY))
                .contains("member of the team");
        assertThat(ConflictRules.reason(new ConflictRules.Judge(1, "a@uni.example", "  photon labs "), ENTRY))
                .contains("Same organization");
        assertThat(ConflictRules.reason(new ConflictRules.Judge(1, "prof@photon.example", "University"), ENTRY))
                .contains("photon.example");
        assertThat(ConflictRules.reason(new ConflictRules.Judge(1, "prof@photonlabs.cn", "University"), ENTRY))
                .contains("photonlabs.cn");
    }

    @Test
    void publicMailProvidersAndStrangersAreNotConflicts() {
        assertThat(ConflictRules.reason(new ConflictRules.Judge(1, "someone@gmail.com", null), ENTRY))
                .isNull();
        assertThat(ConflictRules.reason(new ConflictRules.Judge(1, "judge@fraunhofer.example", "Fraunhofer"), ENTRY))
                .isNull();
    }
}
