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
    void eachLanguageHasItsOwnWords() {
        assertThat(ExportLabels.of(Language.ZH_CN).chinese()).isTrue();
        assertThat(ExportLabels.of(Language.EN).chinese()).isFalse();
        assertThat(ExportLabels.of(Language.EN).get("col.title")).isEqualTo("Title");
        assertThat(ExportLabels.of(Language.ZH_CN).get("col.title")).isEqualTo("标题");
    }

    @Test
    void everyStatusAndMethodReadsAsWords() {
        for (ExportLabels labels : new ExportLabels[] {ExportLabels.of(Language.EN), ExportLabels.of(Language.ZH_CN)}) {
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
