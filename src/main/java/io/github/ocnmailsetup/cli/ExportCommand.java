package io.github.ocnmailsetup.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code export} command (DESIGN.md contract). Placeholder until its issue lands. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    private final Cli.CliContext context;

    public ExportCommand(Cli.CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(context.text("notYetAvailable", "export"));
        return Cli.USAGE;
    }
}
