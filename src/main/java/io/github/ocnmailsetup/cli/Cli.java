package io.github.ocnmailsetup.cli;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.ValidationException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line for support staff and scripts. Exit codes follow DESIGN.md: 0 done, 1 the command ran
 * and found a problem, 2 bad input or usage. Errors are printed in the user's language, never as a stack trace.
 */
public final class Cli {

    /** Exit code: everything passed or was written. */
    public static final int OK = 0;
    /** Exit code: the command ran and found a problem. */
    public static final int PROBLEM = 1;
    /** Exit code: bad input or usage. */
    public static final int USAGE = 2;

    static final String BUNDLE = "io.github.ocnmailsetup.cli.messages";
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final CliContext context;

    public Cli(CliContext context) {
        this.context = context;
    }

    /** The names of the subcommands, so the launcher can tell a command from a wizard start. */
    public static boolean isCommand(String firstArgument) {
        return switch (firstArgument) {
            case "check", "export", "thunderbird", "help", "--help", "-h", "--version", "-V" -> true;
            default -> false;
        };
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        Locale locale = languageOf(args);
        PrintStream err = context.err();
        CommandLine cli = new CommandLine(new RootCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    return cls.getConstructor(CliContext.class).newInstance(context.withLocale(locale));
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        });
        cli.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((ex, ignored) -> {
            err.println(I18n.format(BUNDLE, locale, "usage.error", ex.getMessage()));
            err.println(I18n.format(BUNDLE, locale, "usage.help", ex.getCommandLine().getCommandName()));
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ValidationException invalid) {
                err.println(invalid.message(locale));
                return USAGE;
            }
            LOG.error("Command failed unexpectedly", ex);
            err.println(I18n.format(BUNDLE, locale, "unexpected", ex.getClass().getSimpleName()));
            return PROBLEM;
        });
        return cli.execute(args);
    }

    /** {@code --lang ja|en} anywhere on the line, else the system's language. */
    static Locale languageOf(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                Locale parsed = I18n.parseLanguage(value);
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return I18n.systemLanguage();
    }

    /** What a command gets from outside: its streams and language. */
    public record CliContext(InputStream in, PrintStream out, PrintStream err, Locale locale) {

        public static CliContext system() {
            return new CliContext(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                    new PrintStream(System.err, true, StandardCharsets.UTF_8), I18n.systemLanguage());
        }

        CliContext withLocale(Locale newLocale) {
            return new CliContext(in, out, err, newLocale);
        }

        /** A message from the command line's bundle in this context's language. */
        public String text(String key, Object... args) {
            return I18n.format(BUNDLE, locale, key, args);
        }
    }
}
