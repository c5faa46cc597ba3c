package io.github.ocnmailsetup.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code thunderbird} command (DESIGN.md contract). Placeholder until its issue lands. */
@Command(name = "thunderbird", mixinStandardHelpOptions = true)
final class ThunderbirdCommand implements Callable<Integer> {

    private final Cli.CliContext context;

    public ThunderbirdCommand(Cli.CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(context.text("notYetAvailable", "thunderbird"));
        return Cli.USAGE;
    }
}
