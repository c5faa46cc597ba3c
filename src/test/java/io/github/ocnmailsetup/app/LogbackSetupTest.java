package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration in code (LogbackSetup) is the one logback.xml describes, appender by appender. */
class LogbackSetupTest {

    @TempDir
    Path logs;
    private String previousDir;

    @BeforeEach
    void pointAtTempFolder() {
        previousDir = System.getProperty(Logging.LOG_DIR_PROPERTY);
        System.setProperty(Logging.LOG_DIR_PROPERTY, logs.toString());
    }

    @AfterEach
    void restoreFolder() {
        if (previousDir == null) {
            System.clearProperty(Logging.LOG_DIR_PROPERTY);
        } else {
            System.setProperty(Logging.LOG_DIR_PROPERTY, previousDir);
        }
    }

    @Test
    void that_logback_finds_the_setup_in_code_through_its_service_file() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(LogbackSetup.class.getName());
    }

    @Test
    void that_the_setup_in_code_configures_what_logback_xml_configures() throws Exception {
        LoggerContext fromXml = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(fromXml);
        joran.doConfigure(getClass().getResource("/logback.xml"));
        LoggerContext fromCode = new LoggerContext();
        LogbackSetup setup = new LogbackSetup();
        setup.setContext(fromCode);
        assertThat(setup.configure(fromCode)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        for (LoggerContext context : new LoggerContext[] {fromXml, fromCode}) {
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
            assertThat(context.getLogger("io.github.ocnmailsetup").getLevel()).isEqualTo(Level.INFO);
        }
        assertThat(describe(fromCode, "STDERR")).isEqualTo(describe(fromXml, "STDERR"))
                .contains("System.err", "%nopex", "INFO=DENY", "WARN=NEUTRAL");
        assertThat(describe(fromCode, "FILE")).isEqualTo(describe(fromXml, "FILE"))
                .contains(logs.resolve("ocn-mail-setup.log").toString(), "UTF-8", "history=14");
        fromXml.stop();
        fromCode.stop();
    }

    @Test
    void that_both_configurations_write_a_log_only_its_owner_can_read_with_control_characters_made_visible()
            throws Exception {
        for (boolean fromXml : new boolean[] {false, true}) {
            Path folder = logs.resolve(fromXml ? "xml/new-folder" : "code/new-folder");
            System.setProperty(Logging.LOG_DIR_PROPERTY, folder.toString());
            LoggerContext context = new LoggerContext();
            context.setMDCAdapter(new LogbackMDCAdapter()); // a context of its own, not the one SLF4J found
            if (fromXml) {
                JoranConfigurator joran = new JoranConfigurator();
                joran.setContext(context);
                joran.doConfigure(getClass().getResource("/logback.xml"));
            } else {
                LogbackSetup setup = new LogbackSetup();
                setup.setContext(context);
                setup.configure(context);
            }
            context.getLogger("io.github.ocnmailsetup.probe.Test")
                    .info("server said: {}", "+OK ready\r\n2026-01-01 INFO faked line \u001b[2J\u0007");
            context.stop();

            Path file = folder.resolve("ocn-mail-setup.log");
            String logged = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(logged).as(fromXml ? "xml" : "code")
                    .contains("server said: +OK ready\\x0d\\x0a2026-01-01 INFO faked line \\x1b[2J\\x07")
                    .doesNotContain("\u001b", "\u0007", "\r");
            assertThat(logged.lines()).hasSize(1);
            assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    @Test
    void that_it_steps_aside_for_a_configuration_file_given_on_the_command_line() {
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            LoggerContext context = new LoggerContext();
            assertThat(new LogbackSetup().configure(context))
                    .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    /** The appender's class, encoder, filters' answers and (for files) rolling policy, as one line. */
    private static String describe(LoggerContext context, String name) {
        Appender<ILoggingEvent> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(name);
        assertThat(appender).as(name).isNotNull();
        assertThat(appender.isStarted()).isTrue();
        StringBuilder line = new StringBuilder(appender.getClass().getName());
        PatternLayoutEncoder encoder = (PatternLayoutEncoder) ((OutputStreamAppender<ILoggingEvent>) appender)
                .getEncoder();
        line.append(' ').append(encoder.getPattern()).append(' ').append(encoder.getCharset());
        for (Level level : new Level[] {Level.INFO, Level.WARN}) {
            LoggingEvent event = new LoggingEvent();
            event.setLevel(level);
            FilterReply reply = appender.getFilterChainDecision(event);
            line.append(' ').append(level).append('=').append(reply);
        }
        if (appender instanceof ConsoleAppender<ILoggingEvent> console) {
            line.append(' ').append(console.getTarget());
        }
        if (appender instanceof RollingFileAppender<ILoggingEvent> file) {
            SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
            line.append(' ').append(file.getFile()).append(' ').append(policy.getFileNamePattern())
                    .append(" history=").append(policy.getMaxHistory())
                    .append(" trigger=").append(file.getTriggeringPolicy() == policy);
        }
        return line.toString();
    }
}
