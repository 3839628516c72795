package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderLanguageTest {

    @Test
    void theFirstTagOfAnyHeaderShapeWithoutFailing() {
        assertThat(ReaderLanguage.firstTag("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo("zh-CN");
        assertThat(ReaderLanguage.firstTag("en-US;q=0.7")).isEqualTo("en-US");
        assertThat(ReaderLanguage.firstTag(" , ;q=1, fr")).isEqualTo("fr");
        assertThat(ReaderLanguage.firstTag(",")).isEmpty();
        assertThat(ReaderLanguage.firstTag(";")).isEmpty();
        assertThat(ReaderLanguage.firstTag("")).isEmpty();
        assertThat(ReaderLanguage.firstTag(null)).isEmpty();
    }
}
