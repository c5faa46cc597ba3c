package io.github.ocnmailsetup.cli;

import picocli.CommandLine.Command;

/** The top of the command line; it only lists the subcommands. */
@Command(name = "ocn-mail-setup",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, ExportCommand.class, ThunderbirdCommand.class},
        description = "Moves OCN mail settings to SSL and tests them. Without a command, opens the wizard.")
final class RootCommand {
}
