package org.laurel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.laurel.entries.EntryStatus;
import org.laurel.programs.AggregationMethod;

class ExportLabelsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportLabelsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameLabels() throws IOException {
        assertThat(bundle("exports_zh_CN.properties").stringPropertyNames())
                .isEqualTo(bundle("exports.properties").stringPropertyNames());
    }

    @Test
    void theLanguageComesFromTheFirstChoiceOfAcceptLanguage() {
        assertThat(ExportLabels.forAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8").chinese())
                .isTrue();
        assertThat(ExportLabels.forAcceptLanguage("zh").chinese()).isTrue();
        assertThat(ExportLabels.forAcceptLanguage("en-US,zh;q=0.5").chinese()).isFalse();
        assertThat(ExportLabels.forAcceptLanguage(null).chinese()).isFalse();
        assertThat(ExportLabels.forAcceptLanguage("fr").get("col.title")).isEqualTo("Title");
    }

    @Test
    void everyStatusAndMethodReadsAsWords() {
        for (ExportLabels labels :
                new ExportLabels[] {ExportLabels.forAcceptLanguage("en"), ExportLabels.forAcceptLanguage("zh-CN")}) {
            for (EntryStatus s : EntryStatus.values()) {
                assertThat(labels.value("entryStatus", s)).isNotEqualTo(s.name());
            }
            for (AggregationMethod m : AggregationMethod.values()) {
                assertThat(labels.value("method", m)).isNotEqualTo(m.name());
            }
        }
        assertThat(ExportLabels.of(Language.ZH_CN).get("col.submittedAt", "Asia/Shanghai"))
                .isEqualTo("提交时间（Asia/Shanghai）");
        assertThat(ExportLabels.of(Language.EN).value("entryStatus", "NOT_AWARDED"))
                .isEqualTo("Not awarded");
    }
}
