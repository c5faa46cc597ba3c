package io.github.ocnmailsetup.cli;

import java.util.List;
import java.util.Optional;

/**
 * What a command accepts, for parsing ({@link Arguments}) and for its help ({@link HelpText}). Every command also
 * takes {@code -h}/{@code --help} and {@code -V}/{@code --version}.
 *
 * @param name           the word that runs it ({@code check})
 * @param descriptionKey the help's description in the command line's bundle
 * @param options        in the order the help lists them: required ones first
 */
record CommandSpec(String name, String descriptionKey, List<CommandOption> options) {

    CommandSpec {
        options = List.copyOf(options);
    }

    Optional<CommandOption> option(String optionName) {
        return options.stream().filter(option -> option.name().equals(optionName)).findFirst();
    }
}
