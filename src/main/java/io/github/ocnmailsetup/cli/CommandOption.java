package io.github.ocnmailsetup.cli;

import org.jspecify.annotations.Nullable;

/**
 * One option of a command: {@code --name} alone (a switch) or {@code --name VALUE} / {@code --name=VALUE}.
 *
 * @param name           the option as typed, with its two dashes
 * @param valueLabel     what the value is called in the help ({@code ADDR}), or null for a switch
 * @param required       whether the command cannot run without it
 * @param descriptionKey the help line's key in the command line's bundle
 */
record CommandOption(String name, @Nullable String valueLabel, boolean required, String descriptionKey) {

    static CommandOption required(String name, String valueLabel, String descriptionKey) {
        return new CommandOption(name, valueLabel, true, descriptionKey);
    }

    static CommandOption requiredFlag(String name, String descriptionKey) {
        return new CommandOption(name, null, true, descriptionKey);
    }

    static CommandOption value(String name, String valueLabel, String descriptionKey) {
        return new CommandOption(name, valueLabel, false, descriptionKey);
    }

    static CommandOption flag(String name, String descriptionKey) {
        return new CommandOption(name, null, false, descriptionKey);
    }

    boolean takesValue() {
        return valueLabel != null;
    }

    /** How the help shows it: {@code --email ADDR} or {@code --json}. */
    String synopsis() {
        return valueLabel == null ? name : name + " " + valueLabel;
    }
}
