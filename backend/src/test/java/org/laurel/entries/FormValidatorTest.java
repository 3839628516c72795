package org.laurel.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laurel.programs.FieldType;
import org.laurel.programs.ProgramView.FormFieldView;
import org.laurel.shared.FieldError;

class FormValidatorTest {

    static FormFieldView field(String key, FieldType type, boolean required, List<String> options, Integer max) {
        return new FormFieldView(1, key, key, type, required, options, max, null, false);
    }

    static final List<FormFieldView> FORM = List.of(
            field("name", FieldType.TEXT, true, List.of(), 10),
            field("story", FieldType.LONG_TEXT, false, List.of(), null),
            field("employees", FieldType.NUMBER, false, List.of(), null),
            field("stage", FieldType.SELECT, true, List.of("Idea", "Revenue"), null),
            field("markets", FieldType.MULTI_SELECT, false, List.of("CN", "EU", "US"), null),
            field("site", FieldType.URL, false, List.of(), null),
            field("contact", FieldType.EMAIL, false, List.of(), null),
            field("founded", FieldType.DATE, false, List.of(), null),
            field("deck", FieldType.FILE, true, List.of(), null));

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aDraftMayLeaveRequiredFieldsEmpty() {
        FormValidator.Result r = FormValidator.check(FORM, Map.of(), false, Set.of());

        assertThat(r.errors()).isEmpty();
        assertThat(r.answers()).isEmpty();
    }

    @Test
    void aSubmissionNeedsEveryRequiredAnswerAndFile() {
        FormValidator.Result r = FormValidator.check(FORM, Map.of("name", "  "), true, Set.of());

        assertThat(fields(r.errors())).containsExactly("answers.name", "answers.stage", "answers.deck");
        assertThat(r.errors())
                .extracting(FieldError::message)
                .containsExactly(
                        "Fill in \u201cname\u201d.",
                        "Choose \u201cstage\u201d.",
                        "Attach a file for \u201cdeck\u201d.");
        assertThat(r.errors()).extracting(FieldError::code).containsExactly("required", "required", "file-required");
        assertThat(FormValidator.check(FORM, Map.of("name", "Laurel", "stage", "Idea"), true, Set.of("deck"))
                        .errors())
                .isEmpty();
    }

    @Test
    void everyWrongValueIsReportedAtOnceWithItsReason() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("name", "x".repeat(11));
        answers.put("employees", "twelve");
        answers.put("stage", "Unicorn");
        answers.put("markets", List.of("CN", "MARS"));
        answers.put("site", "ftp://example.org");
        answers.put("contact", "not-an-email");
        answers.put("founded", "31/12/2020");

        FormValidator.Result r = FormValidator.check(FORM, answers, false, Set.of());

        assertThat(r.errors())
                .containsExactly(
                        new FieldError("answers.name", "Keep \u201cname\u201d to at most 10 characters.", "too-long"),
                        new FieldError(
                                "answers.employees", "Enter a number for \u201cemployees\u201d.", "not-a-number"),
                        new FieldError(
                                "answers.stage", "Choose one of Idea, Revenue for \u201cstage\u201d.", "not-an-option"),
                        new FieldError(
                                "answers.markets",
                                "Choose only from CN, EU, US for \u201cmarkets\u201d.",
                                "not-an-option"),
                        new FieldError(
                                "answers.site",
                                "Enter a web address starting with http:// or https:// for \u201csite\u201d.",
                                "not-a-url"),
                        new FieldError(
                                "answers.contact", "Enter an email address for \u201ccontact\u201d.", "not-an-email"),
                        new FieldError(
                                "answers.founded",
                                "Enter a date like 2026-06-25 for \u201cfounded\u201d.",
                                "not-a-date"));
    }

    @Test
    void validAnswersAreNormalisedAndUnknownKeysDropped() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("name", "  Laurel ");
        answers.put("employees", "42");
        answers.put("markets", List.of("EU", "CN", "EU"));
        answers.put("site", "https://laurel.example/about");
        answers.put("founded", "2020-02-29");
        answers.put("hacker", "<script>");
        answers.put("deck", "ignored: files are attachments");

        FormValidator.Result r = FormValidator.check(FORM, answers, false, Set.of());

        assertThat(r.errors()).isEmpty();
        assertThat(r.answers()).containsOnlyKeys("name", "employees", "markets", "site", "founded");
        assertThat(r.answers().get("name")).isEqualTo("Laurel");
        assertThat(r.answers().get("employees")).isEqualTo(new BigDecimal("42"));
        assertThat(r.answers().get("markets")).isEqualTo(List.of("EU", "CN"));
    }

    @Test
    void lengthsCountCharactersNotBytes() {
        FormValidator.Result r = FormValidator.check(FORM, Map.of("name", "创新奖评审平台测试名称"), false, Set.of());

        assertThat(fields(r.errors())).containsExactly("answers.name"); // 11 characters
        assertThat(FormValidator.check(FORM, Map.of("name", "创新奖评审平台测试名"), false, Set.of())
                        .errors())
                .isEmpty();
    }
}
