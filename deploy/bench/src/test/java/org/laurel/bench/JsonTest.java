package org.laurel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsTheShapesTheServerSends() {
        Map<String, Object> v = Json.object(
                "{\"id\":12,\"scores\":{\"3\":7.5},\"flags\":[\"DISPUTED\"],\"note\":null,\"ok\":true,\"t\":\"a\\\"b\\u00e9\"}");
        assertThat(v).containsEntry("id", 12.0).containsEntry("ok", true).containsEntry("note", null)
                .containsEntry("t", "a\"b\u00e9").containsEntry("flags", List.of("DISPUTED"))
                .containsEntry("scores", Map.of("3", 7.5));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> Json.parse("<html>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\":1} x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotesText() {
        assertThat(Json.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
    }
}
