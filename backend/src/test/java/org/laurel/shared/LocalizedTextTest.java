package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laurel.shared.TextRules.RequiredText;
import org.laurel.shared.TextRules.TextSize;

@MicronautTest(startApplication = false, transactional = false)
class LocalizedTextTest {

    @Inject
    JsonMapper json;

    @Inject
    Validator validator;

    @io.micronaut.serde.annotation.Serdeable
    @io.micronaut.core.annotation.Introspected
    record Named(@RequiredText @TextSize(max = 5) LocalizedText name) {}

    @Test
    void eachLanguageFallsBackToTheOtherWhenEmpty() {
        LocalizedText both = new LocalizedText("金奖", "Gold");
        assertThat(both.in(Language.ZH_CN)).isEqualTo("金奖");
        assertThat(both.in(Language.EN)).isEqualTo("Gold");
        assertThat(both.primary()).isEqualTo("金奖");

        LocalizedText englishOnly = new LocalizedText("", "Gold");
        assertThat(englishOnly.in(Language.ZH_CN)).isEqualTo("Gold");
        assertThat(englishOnly.primary()).isEqualTo("Gold");

        LocalizedText chineseOnly = new LocalizedText(" 金奖 ", null);
        assertThat(chineseOnly.in(Language.EN)).isEqualTo("金奖");
        assertThat(chineseOnly.en()).isEmpty();
    }

    @Test
    void aPlainStringIsTheSameTextInBothLanguages() {
        assertThat(LocalizedText.of("Gold")).isEqualTo(new LocalizedText("Gold", "Gold"));
        assertThat(LocalizedText.of(null).isEmpty()).isTrue();
    }

    @Test
    void languageTagsStartingWithZhReadChinese() {
        assertThat(Language.of("zh")).isEqualTo(Language.ZH_CN);
        assertThat(Language.of("zh-Hans-CN")).isEqualTo(Language.ZH_CN);
        assertThat(Language.of("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.of("fr")).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isEqualTo(Language.EN);
    }

    @Test
    void readsAPlainStringOrAnObjectAndWritesTheObject() throws IOException {
        assertThat(json.readValue("\"Gold\"", LocalizedText.class)).isEqualTo(LocalizedText.of("Gold"));
        assertThat(json.readValue("{\"zh-CN\":\"金奖\",\"en\":\"Gold\"}", LocalizedText.class))
                .isEqualTo(new LocalizedText("金奖", "Gold"));
        assertThat(json.readValue("{\"en\":\"Gold\"}", LocalizedText.class)).isEqualTo(new LocalizedText("", "Gold"));
        assertThat(json.readValue("{\"zh-CN\":\"金奖\",\"en\":null,\"fr\":\"Or\"}", LocalizedText.class))
                .isEqualTo(new LocalizedText("金奖", ""));

        String written = json.writeValueAsString(new LocalizedText("金奖", "Gold"));
        assertThat(json.readValue(written, Map.class)).isEqualTo(Map.of("zh-CN", "金奖", "en", "Gold"));
    }

    @Test
    void refusesWhatIsNeitherStringNorTextObject() {
        assertThatThrownBy(() -> json.readValue("42", LocalizedText.class)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> json.readValue("{\"en\": 42}", LocalizedText.class))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> json.readValue("[\"Gold\"]", LocalizedText.class))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aRequiredTextNeedsOneLanguageAndEachLanguageRespectsTheSize() throws IOException {
        assertThat(validator.validate(json.readValue("{\"name\": {\"zh-CN\": \"\", \"en\": \"Gold\"}}", Named.class)))
                .isEmpty();
        assertThat(validator.validate(json.readValue("{\"name\": \"Gold\"}", Named.class)))
                .isEmpty();
        assertThat(validator.validate(json.readValue("{\"name\": {\"zh-CN\": \" \", \"en\": \"\"}}", Named.class)))
                .extracting(v -> v.getMessage())
                .containsExactly("must not be blank");
        assertThat(validator.validate(json.readValue("{}", Named.class)))
                .extracting(v -> v.getMessage())
                .containsExactly("must not be blank");
        assertThat(validator.validate(
                        json.readValue("{\"name\": {\"zh-CN\": \"金\", \"en\": \"Golden\"}}", Named.class)))
                .extracting(v -> v.getMessage())
                .containsExactly("must be at most 5 characters in each language");
    }
}
