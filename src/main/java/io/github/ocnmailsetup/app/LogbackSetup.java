package io.github.ocnmailsetup.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Configures Logback in code, exactly as {@code logback.xml} says (warnings and worse to standard error without
 * stack traces, INFO and worse of the app to a rolling file in the folder from {@code ocnsetup.log.dir}, readable
 * by its owner only; messages with their control characters made visible), but
 * without Joran's XML parsing, whose classes then stay out of the installer's AOT cache (1.8 MB smaller; start-up
 * gain not measurable on the build machine, see docs/performance.md).
 * Registered in {@code META-INF/services}; it steps aside for {@code -Dlogback.configurationFile=...}, and then
 * Logback reads that file as usual. {@code LogbackSetupTest} keeps it equal to {@code logback.xml}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogbackSetup extends ContextAwareBase implements Configurator {

    static final String STDERR_LEVEL_PROPERTY = "ocnsetup.log.stderr.level";
    static final String STDERR_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %safeMsg%n%nopex";
    static final String FILE_PATTERN =
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %safeMsg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String logDir = System.getProperty(Logging.LOG_DIR_PROPERTY,
                System.getProperty("java.io.tmpdir") + "/ocn-mail-setup/logs");
        registerVisibleMessages(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr(context));
        root.addAppender(file(context, logDir));
        context.getLogger("io.github.ocnmailsetup").setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code %safeMsg}, as logback.xml's {@code conversionRule} declares it. */
    private static void registerVisibleMessages(LoggerContext context) {
        @SuppressWarnings("unchecked")
        Map<String, Supplier<DynamicConverter>> rules = (Map<String, Supplier<DynamicConverter>>)
                context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put(VisibleMessageConverter.WORD, VisibleMessageConverter::new);
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setContext(context);
        threshold.setLevel(System.getProperty(STDERR_LEVEL_PROPERTY, "WARN"));
        threshold.start();
        appender.addFilter(threshold);
        appender.setEncoder(encoder(context, STDERR_PATTERN));
        appender.start();
        return appender;
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, String logDir) {
        RollingFileAppender<ILoggingEvent> appender = new OwnerOnlyFileAppender();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(logDir + "/ocn-mail-setup.log");
        PatternLayoutEncoder encoder = encoder(context, FILE_PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logDir + "/ocn-mail-setup.%d{yyyy-MM-dd}.%i.log");
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        appender.setRollingPolicy(policy); // also its triggering policy: it is both
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
