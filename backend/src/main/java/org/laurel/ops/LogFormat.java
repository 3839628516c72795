package org.laurel.ops;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.util.Set;

/**
 * LAUREL_LOG_FORMAT picks one of the two console appenders that logback.xml defines, by name ({@code text}, the
 * default, or {@code json}). Logback cannot check the value without Janino, and with any other value it would log
 * nothing at all, so a wrong value stops the start here (logback has already printed which appender it missed).
 */
@Context
class LogFormat {

    static final Set<String> FORMATS = Set.of("text", "json");

    LogFormat(@Value("${laurel.log-format:text}") String format) {
        if (!FORMATS.contains(format)) {
            String problem = "LAUREL_LOG_FORMAT must be text or json, not \"" + format + "\" (nothing would be logged)";
            System.err.println(problem); // the log has no appender to say it with
            throw new IllegalArgumentException(problem);
        }
    }
}
