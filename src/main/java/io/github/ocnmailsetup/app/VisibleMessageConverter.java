package io.github.ocnmailsetup.app;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.ocnmailsetup.probe.ServerText;

/**
 * The log message with its control characters made visible ({@code %safeMsg} in the patterns): a server's reply
 * or a file name quoted in a log line can then neither start a fake log line nor send escapes to the terminal
 * that shows the log. The probe already hands over display-safe text; this holds for every other line too.
 */
public final class VisibleMessageConverter extends ClassicConverter {

    /** The conversion word of this converter in the log patterns. */
    public static final String WORD = "safeMsg";

    @Override
    public String convert(ILoggingEvent event) {
        return ServerText.visible(event.getFormattedMessage());
    }
}
