package io.github.ocnmailsetup.cli;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.ValidationException;
import io.github.ocnmailsetup.probe.ServerText;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line for support staff and scripts. Exit codes follow the command-line contract (docs/architecture.md): 0
 * done, 1 the command ran and found a problem, 2 bad input or usage. Errors are printed in the user's language, never
 * as a stack trace.
 */
public final class Cli {

    /** Exit code: everything passed or was written. */
    public static final int OK = 0;
    /** Exit code: the command ran and found a problem. */
    public static final int PROBLEM = 1;
    /** Exit code: bad input or usage. */
    public static final int USAGE = 2;

    static final String BUNDLE = "io.github.ocnmailsetup.cli.messages";
    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(Cli.class);
    }

    /** Asked for anywhere on the line ({@code --lang ja --help}), they are the command line's, not the wizard's. */
    private static final List<String> HELP_OR_VERSION = List.of("-h", "--help", "-V", "--version");

    /** The commands, in the order the app's help lists them. */
    private static final List<CommandSpec> COMMANDS = List.of(CheckCommand.SPEC, ExportCommand.SPEC,
            ThunderbirdCommand.SPEC);

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

    /**
     * Whether the arguments are meant for the command line rather than the wizard: they start with a word
     * (a command, or a mistyped one that deserves a usage error rather than a window), or name a command
     * after options ({@code --lang ja check ...}).
     */
    public static boolean isCommandLine(String... args) {
        if (args.length == 0) {
            return false;
        }
        if (!args[0].startsWith("-") || isCommand(args[0])) {
            return true;
        }
        return Arrays.stream(args).anyMatch(a -> isCommand(a) && !a.startsWith("-") || HELP_OR_VERSION.contains(a));
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        Locale locale = languageOf(args);
        PrintStream err = context.err();
        String badLanguage = unsupportedLanguage(args);
        if (badLanguage != null) {
            err.println(text(locale, "usage.error", text(locale, "usage.lang", badLanguage)));
            return USAGE;
        }
        List<String> line = List.of(commandFirst(args));
        try {
            return runLine(line, context.withLocale(locale));
        } catch (UsageException e) {
            // the words quoted are the user's: shown as text, never as terminal control
            err.println(ServerText.visible(text(locale, "usage.error", e.message(locale))));
            err.println(text(locale, "usage.help", helpFor(line)));
            return USAGE;
        } catch (ValidationException invalid) {
            err.println(invalid.message(locale));
            return USAGE;
        } catch (RuntimeException e) {
            // The stack trace goes to the log file only (the standard error appender drops it: %nopex).
            log().error("Command failed unexpectedly", e);
            err.println(text(locale, "unexpected", e.getClass().getSimpleName()));
            return PROBLEM;
        }
    }

    private static int runLine(List<String> line, CliContext context) {
        String first = line.isEmpty() ? "--help" : line.get(0);
        CommandSpec spec = command(first);
        if (spec == null) {
            return runAppOption(first, line, context);
        }
        Arguments arguments = Arguments.parse(spec, line.subList(1, line.size()));
        return switch (arguments.request()) {
            case HELP -> print(context, HelpText.of(spec, context.locale()));
            case VERSION -> printVersion(context);
            case RUN -> create(spec, context).run(arguments);
        };
    }

    /** {@code --help}, {@code help [COMMAND]} and {@code --version} without a command; anything else is unknown. */
    private static int runAppOption(String first, List<String> line, CliContext context) {
        switch (first) {
            case "-h", "--help", "help" -> {
                String topic = first.equals("help") ? helpTopic(line.subList(1, line.size())) : null;
                if (topic == null) {
                    return printAppHelp(context);
                }
                CommandSpec about = command(topic);
                if (about == null) {
                    throw new UsageException("usage.unknown", topic);
                }
                return print(context, HelpText.of(about, context.locale()));
            }
            case "-V", "--version" -> {
                return printVersion(context);
            }
            default -> {
                // options before --help or --version (--lang ja --help): the same as asking for them first
                if (line.contains("-h") || line.contains("--help")) {
                    return printAppHelp(context);
                }
                if (line.contains("-V") || line.contains("--version")) {
                    return printVersion(context);
                }
                throw new UsageException("usage.unknown", first);
            }
        }
    }

    /** The word {@code help} is asked about, skipping {@code --lang ja|en}; null when there is none. */
    private static @Nullable String helpTopic(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--lang")) {
                i++;
            } else if (!word.startsWith("--lang=")) {
                return word;
            }
        }
        return null;
    }

    /** Only the command that runs is made. */
    private static CliCommand create(CommandSpec spec, CliContext context) {
        return switch (spec.name()) {
            case "check" -> new CheckCommand(context);
            case "export" -> new ExportCommand(context);
            case "thunderbird" -> new ThunderbirdCommand(context);
            default -> throw new IllegalStateException("No command " + spec.name());
        };
    }

    private static @Nullable CommandSpec command(String name) {
        return COMMANDS.stream().filter(spec -> spec.name().equals(name)).findFirst().orElse(null);
    }

    /** What to ask for help on after a usage error: the command's help, or the app's. */
    private static String helpFor(List<String> line) {
        return !line.isEmpty() && command(line.get(0)) != null ? HelpText.APP + " " + line.get(0) : HelpText.APP;
    }

    private static int printAppHelp(CliContext context) {
        return print(context, HelpText.ofApp(COMMANDS, context.locale()));
    }

    private static int printVersion(CliContext context) {
        return print(context, VersionProvider.versionLine() + "\n");
    }

    private static int print(CliContext context, String text) {
        context.out().print(text);
        context.out().flush();
        return OK;
    }

    /** A message from the command line's bundle. */
    static String text(Locale locale, String key, Object... args) {
        return I18n.format(BUNDLE, locale, key, args);
    }

    /** {@code --lang ja check ...} becomes {@code check --lang ja ...}: the options belong to the command. */
    static String[] commandFirst(String... args) {
        for (int i = 1; i < args.length; i++) {
            if (isCommand(args[i]) && !args[i].startsWith("-") && args[0].startsWith("-")) {
                List<String> reordered = new ArrayList<>(List.of(args));
                reordered.add(0, reordered.remove(i));
                return reordered.toArray(String[]::new);
            }
        }
        return args;
    }

    /** The value of a {@code --lang} that is neither ja nor en, or null. */
    static @Nullable String unsupportedLanguage(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
            if (value != null && I18n.parseLanguage(value) == null) {
                return value;
            }
        }
        return null;
    }

    /**
     * What the terminal shows. A Windows console in Japan uses code page 932; Java 17 reports the console's code
     * page as {@code sun.stdout.encoding}, Java 19 and later (the installers' runtime) as {@code stdout.encoding},
     * which there names the system's code page when the output goes to a pipe (what PowerShell decodes it with).
     * Elsewhere, and for pipes and files on Java 17, UTF-8.
     */
    static Charset consoleCharset() {
        return consoleCharset(System.getProperty("os.name", ""), System::getProperty);
    }

    static Charset consoleCharset(String osName, java.util.function.UnaryOperator<@Nullable String> property) {
        String console = property.apply("sun.stdout.encoding");
        if (console == null && osName.startsWith("Windows")) {
            console = property.apply("stdout.encoding");
        }
        if (console != null && Charset.isSupported(console)) {
            return Charset.forName(console);
        }
        return StandardCharsets.UTF_8;
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
            return new CliContext(System.in, new PrintStream(System.out, true, consoleCharset()),
                    new PrintStream(System.err, true, consoleCharset()), I18n.systemLanguage());
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
