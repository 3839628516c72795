package org.laurel.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.programs.SaveProgramRequest.CategoryInput;
import org.laurel.programs.SaveProgramRequest.FormFieldInput;
import org.laurel.programs.SaveProgramRequest.PrizeTierInput;
import org.laurel.shared.FieldError;
import org.laurel.shared.LocalizedText;

/** The cross-field rules of a program's definition, without a database. */
class ProgramDefinitionTest {

    static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");

    static SaveProgramRequest request(
            Instant closes,
            String timeZone,
            List<CategoryInput> cats,
            List<FormFieldInput> fields,
            List<PrizeTierInput> tiers) {
        return new SaveProgramRequest(
                ProgramKind.AWARD, LocalizedText.of("Award"), null, null, timeZone, OPENS, closes, cats, fields, tiers);
    }

    static FormFieldInput field(String key, FieldType type, List<String> options) {
        return new FormFieldInput(null, key, key, type, false, options, null, null, false);
    }

    static List<String> fieldsOf(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aConsistentDefinitionHasNoProblems() {
        SaveProgramRequest r = request(
                OPENS.plusSeconds(60),
                "Asia/Shanghai",
                List.of(new CategoryInput(7L, "Basic research"), new CategoryInput(null, "Applied")),
                List.of(
                        field("pitch", FieldType.TEXT, null),
                        field("stage", FieldType.SELECT, List.of("Idea", "Revenue"))),
                List.of(
                        new PrizeTierInput(null, "Gold", 1, 1, null, null),
                        new PrizeTierInput(null, "Silver", 2, 1, 7L, null),
                        new PrizeTierInput(null, "Bronze", 3, 1, null, " applied ")));
        assertThat(ProgramDefinition.problems(r, Set.of(7L))).isEmpty();
    }

    @Test
    void everyCrossFieldProblemIsReportedAtOnce() {
        SaveProgramRequest r = request(
                OPENS,
                "Mars/Olympus",
                List.of(new CategoryInput(99L, "Research"), new CategoryInput(null, "research ")),
                List.of(
                        field("pitch", FieldType.TEXT, null), field("PITCH", FieldType.TEXT, null),
                        field("stage", FieldType.SELECT, List.of()),
                                field("size", FieldType.SELECT, List.of("S", "S"))),
                List.of(
                        new PrizeTierInput(null, "Gold", 1, 1, 5L, null),
                        new PrizeTierInput(null, "Silver", 2, 1, null, "Nope")));
        assertThat(fieldsOf(ProgramDefinition.problems(r, Set.of())))
                .containsExactlyInAnyOrder(
                        "submissionClosesAt",
                        "timeZone",
                        "categories[1].name",
                        "formFields[1].key",
                        "formFields[2].options",
                        "formFields[3].options",
                        "categories[0].id",
                        "prizeTiers[0].categoryId",
                        "prizeTiers[1].categoryName");
    }

    @Test
    void valuesTheShapeCheckFoundMissingAreNotReportedAgain() {
        SaveProgramRequest r = new SaveProgramRequest(
                ProgramKind.AWARD, LocalizedText.of("Award"), null, null, null, null, null, null, null, null);
        assertThat(ProgramDefinition.problems(r, Set.of())).isEmpty();
    }
}
