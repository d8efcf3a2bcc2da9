package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Lines logged while a request runs carry its trace id in the MDC; it is unbound when the request ends. */
class RequestLogHttpTest {
    private final Api api = TestServer.shared();

    @Test
    void theAccessLineCarriesTheRequestsTraceIdAndTheNextRequestItsOwn() {
        Logger http = (Logger) LoggerFactory.getLogger("rocket.http");
        Level level = http.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        http.addAppender(lines);
        http.setLevel(Level.INFO); // the test logback quiets access lines
        try {
            String traceId = "0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f";
            Api.Response first = api.send(api.builder("/health/live", null).header("X-Trace-ID", traceId).GET());
            Api.Response second = api.get("/health/live", null);

            List<ILoggingEvent> access = List.copyOf(lines.list);
            assertThat(access).filteredOn(line -> line.getFormattedMessage().startsWith("GET /health/live 200"))
                    .extracting(line -> line.getMDCPropertyMap().get("trace_id"))
                    .contains(first.header("X-Trace-ID"), second.header("X-Trace-ID"));
            assertThat(first.header("X-Trace-ID")).isEqualTo(traceId);
            assertThat(second.header("X-Trace-ID")).isNotEqualTo(traceId);
            assertThat(access).as("every access line has its request's trace id")
                    .allSatisfy(line -> assertThat(line.getMDCPropertyMap().get("trace_id")).isNotBlank());
        } finally {
            http.detachAppender(lines);
            http.setLevel(level);
        }
    }
}
