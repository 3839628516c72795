package org.laurel.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * Why an action a view offers cannot be taken now, said before anybody tries it. {@code action}
 * names it as the view's {@code allowedActions} would; {@code reason} is a stable code a screen
 * words in its reader's language; {@code at} is the moment the reason refers to (a window's
 * opening or closing), for the screen to show in its reader's time zone; {@code fields} lists
 * what is missing or invalid, as a refusal would; {@code detail} is the server's own sentence,
 * the same the refusal would carry.
 */
@Serdeable
public record UnavailableAction(
        String action,
        String reason,
        String detail,
        @Nullable Instant at,
        List<FieldError> fields) {

    public UnavailableAction(String action, String reason, String detail, @Nullable Instant at) {
        this(action, reason, detail, at, List.of());
    }
}
