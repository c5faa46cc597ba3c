package io.github.ocnmailsetup.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code check} command (DESIGN.md contract). Placeholder until its issue lands. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    private final Cli.CliContext context;

    public CheckCommand(Cli.CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(context.text("notYetAvailable", "check"));
        return Cli.USAGE;
    }
}
