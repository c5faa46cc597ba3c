package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.ocnmailsetup.cli.CliRun;
import io.github.ocnmailsetup.domain.OcnAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The password never reaches a log line or the log file, addresses are masked, and logs stay off standard
 * output. Drives the real command line with a known password at the most verbose log level.
 */
class LoggingTest {

    private static final String PASSWORD = "Pw-never-logged-9876";
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger appLogger;
    private ch.qos.logback.classic.Level previous;

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appLogger = context.getLogger("io.github.ocnmailsetup");
        previous = appLogger.getLevel();
        appLogger.setLevel(ch.qos.logback.classic.Level.TRACE);
        captured.start();
        appLogger.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        appLogger.detachAppender(captured);
        appLogger.setLevel(previous);
    }

    @Test
    void that_a_check_with_a_password_leaves_no_trace_of_it_in_logs_or_on_standard_output() throws IOException {
        CliRun cli = new CliRun(Locale.ENGLISH);

        // A closed loopback port: the check runs, logs its steps and fails quickly.
        cli.runWithInput(PASSWORD + "\n", "check", "--email", "taro@abc.ocn.ne.jp", "--password-stdin",
                "--pop-server", "127.0.0.1:1",
                "--smtp-server", "127.0.0.1:1", "--timeout", "5", "--lang", "en");

        String logLines = String.join("\n", captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(logLines).doesNotContain(PASSWORD).doesNotContain(PASSWORD.substring(0, 8));
        assertThat(logLines).doesNotContain("taro@");
        assertThat(cli.out()).doesNotContain(PASSWORD.substring(0, 8));
        assertThat(cli.err()).doesNotContain(PASSWORD.substring(0, 8));
        for (Path file : logFiles()) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain(PASSWORD.substring(0, 8));
        }
    }

    @Test
    void that_an_address_is_logged_masked() {
        OcnAddress address = OcnAddress.parse("hanako@xyz.ocn.ne.jp");
        LoggerFactory.getLogger("io.github.ocnmailsetup.test").info("Checking {}", address);

        assertThat(captured.list).last().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("Checking h***@xyz.ocn.ne.jp");
    }

    private static java.util.List<Path> logFiles() throws IOException {
        String dir = System.getProperty(Logging.LOG_DIR_PROPERTY);
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
