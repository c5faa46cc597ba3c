package io.github.ocnmailsetup.cli;

/** A command of the command line, run once with its parsed options; returns the exit code. */
interface CliCommand {

    /**
     * Runs the command.
     *
     * @throws UsageException when an option's value is not what the command takes (exit 2)
     */
    int run(Arguments arguments);
}
