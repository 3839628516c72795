package org.laurel.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/** The production logback.xml, configured as LAUREL_LOG_FORMAT selects, in a logger context of its own. */
class LogFormatTest {

    @Test
    @SuppressWarnings("unchecked")
    void jsonGivesOneObjectPerLineWithTheRequestIdAndTheException() throws Exception {
        List<String> lines = log("json");

        assertThat(lines).hasSize(2);
        JsonMapper json = JsonMapper.createDefault();
        Map<String, Object> plain = json.readValue(lines.get(0), Argument.mapOf(String.class, Object.class));
        Map<String, Object> failed = json.readValue(lines.get(1), Argument.mapOf(String.class, Object.class));
        assertThat(plain)
                .containsEntry("level", "INFO")
                .containsEntry("loggerName", "org.laurel.Probe")
                .containsEntry("formattedMessage", "saved 3 scorecards")
                .containsKey("timestamp")
                .containsKey("threadName");
        assertThat((Map<String, Object>) plain.get("mdc")).containsEntry("requestId", "req-1");
        assertThat(failed).containsEntry("level", "ERROR");
        assertThat((Map<String, Object>) failed.get("throwable"))
                .containsEntry("className", "java.lang.IllegalStateException")
                .containsEntry("message", "disk full");
    }

    @Test
    void textStaysOneReadableLineAndShowsTheRequestIdOnlyWhenThereIsOne() throws Exception {
        List<String> lines = log("text");

        assertThat(lines.get(0))
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  org.laurel.Probe \\[req-1] - saved 3 scorecards");
        assertThat(lines.get(1)).contains("ERROR org.laurel.Probe - failed").doesNotContain("[]");
        assertThat(lines.get(2)).startsWith("java.lang.IllegalStateException: disk full");
    }

    @Test
    void anUnknownFormatStopsTheStart() {
        assertThatThrownBy(() -> new LogFormat("JSON")).hasMessageContaining("LAUREL_LOG_FORMAT must be text or json");
    }

    /** Two events through logback.xml with LAUREL_LOG_FORMAT = format: one inside a request, one failure outside. */
    private static List<String> log(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter()); // the one MDC.put below writes to
        context.putProperty("LAUREL_LOG_FORMAT", format);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            Logger logger = context.getLogger("org.laurel.Probe");
            MDC.put("requestId", "req-1");
            try {
                logger.info("saved {} scorecards", 3);
            } finally {
                MDC.remove("requestId");
            }
            logger.error("failed", new IllegalStateException("disk full"));
        } finally {
            context.stop();
            System.setOut(console);
        }
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.isBlank())
                .toList();
    }
}
