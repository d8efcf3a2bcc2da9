package rocket.bootstrap.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * The console's encoder, {@code text} (the pattern) or {@code json} ({@link JsonLineEncoder}) as {@code format}
 * says. One encoder with a switch instead of two appenders picked by a variable: logback warns about (and then
 * prints its whole status for) an appender that is declared but not used, and an {@code <if>} would need janino.
 */
public final class LogLineEncoder extends EncoderBase<ILoggingEvent> {
    private String format = "text";
    private String pattern;
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        delegate = switch (format) {
            case "json" -> json();
            case "text" -> text();
            default -> {
                addError("ROCKET_LOG_FORMAT must be text or json, got '" + format + "'; writing text");
                yield text();
            }
        };
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    private Encoder<ILoggingEvent> text() {
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setPattern(pattern);
        return text;
    }

    private static Encoder<ILoggingEvent> json() {
        JsonLineEncoder json = new JsonLineEncoder();
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.setWithContext(false);
        json.setWithMessage(false);
        json.setWithArguments(false);
        json.setWithFormattedMessage(true);
        return json;
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
