package org.laurel.entries;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.laurel.entries.SaveEntryRequest.TeamMember;

/** An entry's team and form answers are stored as JSON text; this is the one place that reads and writes it. */
@Singleton
class EntryJson {

    private final JsonMapper json;

    EntryJson(JsonMapper json) {
        this.json = json;
    }

    List<TeamMember> team(Entry e) {
        return read(e.getTeamJson(), Argument.listOf(TeamMember.class));
    }

    Map<String, Object> answers(Entry e) {
        return read(e.getAnswersJson(), Argument.mapOf(String.class, Object.class));
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
