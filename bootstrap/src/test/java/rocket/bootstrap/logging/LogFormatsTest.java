package rocket.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The production logback.xml, loaded into a context of its own, writing to a captured console. */
class LogFormatsTest {
    private static final String TRACE = "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f";
    private static final String MESSAGE = "a \"quoted\" message\nover two lines \\ with ✓";

    @Test
    void textLinesStartWithAnIsoDateTimeWithOffsetAndCarryTheTraceIdWhenOneIsBound() throws Exception {
        List<String> lines = log("text");
        assertThat(lines).hasSize(3); // the message has a line break of its own
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO "
                + " \\[[^]]*] rocket\\.test trace=" + TRACE + " - a \"quoted\" message");
        OffsetDateTime.parse(lines.get(0).substring(0, lines.get(0).indexOf(' ')));
        assertThat(lines.get(2)).matches("\\S+ WARN  \\[[^]]*] rocket\\.test - outside a request");
    }

    @Test
    void jsonLinesAreOneParseableObjectEachWithTimeLevelLoggerMessageAndTraceId() throws Exception {
        List<String> lines = log("json");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode inRequest = json.readTree(lines.get(0));
        assertThat(inRequest.get("level").asText()).isEqualTo("INFO");
        assertThat(inRequest.get("loggerName").asText()).isEqualTo("rocket.test");
        assertThat(inRequest.get("formattedMessage").asText()).isEqualTo(MESSAGE);
        assertThat(inRequest.at("/mdc/trace_id").asText()).isEqualTo(TRACE);
        assertThat(OffsetDateTime.parse(inRequest.get("time").asText()).toInstant().toEpochMilli())
                .isEqualTo(inRequest.get("timestamp").asLong());
        JsonNode outside = json.readTree(lines.get(1));
        assertThat(outside.get("level").asText()).isEqualTo("WARN");
        assertThat(outside.get("mdc").has("trace_id")).isFalse();
    }

    /** Two lines through logback.xml with {@code ROCKET_LOG_FORMAT=format}: one with a trace id bound, one without. */
    private static List<String> log(String format) throws JoranException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("ROCKET_LOG_FORMAT", format); // what the variable of the same name does at run time
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatsTest.class.getResource("/logback.xml"));
            var logger = context.getLogger("rocket.test");
            context.getMDCAdapter().put("trace_id", TRACE);
            logger.info(MESSAGE);
            context.getMDCAdapter().remove("trace_id");
            logger.warn("outside a request");
            context.stop();
        } finally {
            System.setOut(original);
        }
        assertThat(context.getStatusManager().getCopyOfStatusList()).as("logback reports no problem")
                .allSatisfy(status -> assertThat(status.getLevel()).isZero());
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
