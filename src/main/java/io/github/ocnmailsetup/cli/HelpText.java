package io.github.ocnmailsetup.cli;

import java.util.List;
import java.util.Locale;

/**
 * The {@code --help} text, in the user's language: the usage line, what the command does, then each option on a
 * line of its own with its meaning indented below it (no columns to align, so Japanese text of any width reads
 * the same).
 */
final class HelpText {

    static final String APP = "ocn-mail-setup";
    private static final String INDENT = "      ";
    /** Lines break at spaces before 80 columns, where there are spaces (Japanese text has few). */
    private static final int WIDTH = 78;

    private HelpText() {
    }

    /** The help of one command. */
    static String of(CommandSpec spec, Locale locale) {
        StringBuilder usage = new StringBuilder(APP).append(' ').append(spec.name());
        for (CommandOption option : spec.options()) {
            if (option.required()) {
                usage.append(' ').append(option.synopsis());
            }
        }
        usage.append(' ').append(Cli.text(locale, "help.moreOptions"));
        StringBuilder text = new StringBuilder();
        text.append(Cli.text(locale, "help.usage", usage)).append('\n');
        text.append(Cli.text(locale, spec.descriptionKey())).append("\n\n");
        text.append(Cli.text(locale, "help.options")).append('\n');
        for (CommandOption option : spec.options()) {
            entry(text, option.synopsis(), Cli.text(locale, option.descriptionKey()));
        }
        standardOptions(text, locale);
        return text.toString();
    }

    /** The help of the app itself: how to start the wizard, and the commands. */
    static String ofApp(List<CommandSpec> commands, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(Cli.text(locale, "help.usage", APP + " " + Cli.text(locale, "help.command"))).append('\n');
        text.append(Cli.text(locale, "help.app.description")).append("\n\n");
        text.append(Cli.text(locale, "help.commands")).append('\n');
        for (CommandSpec command : commands) {
            entry(text, command.name(), Cli.text(locale, command.descriptionKey()));
        }
        text.append('\n').append(Cli.text(locale, "help.options")).append('\n');
        standardOptions(text, locale);
        text.append('\n').append(Cli.text(locale, "help.commandHelp", APP)).append('\n');
        return text.toString();
    }

    private static void standardOptions(StringBuilder text, Locale locale) {
        entry(text, "-h, --help", Cli.text(locale, "help.option.help"));
        entry(text, "-V, --version", Cli.text(locale, "help.option.version"));
    }

    private static void entry(StringBuilder text, String name, String description) {
        text.append("  ").append(name).append('\n');
        StringBuilder line = new StringBuilder(INDENT);
        for (String word : description.split(" ")) {
            if (line.length() > INDENT.length() && width(line) + 1 + width(word) > WIDTH) {
                text.append(line).append('\n');
                line = new StringBuilder(INDENT);
            } else if (line.length() > INDENT.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        text.append(line).append('\n');
    }

    /** Columns on a terminal: two for a Japanese character (wide), one for others. */
    private static int width(CharSequence text) {
        return text.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    }
}
