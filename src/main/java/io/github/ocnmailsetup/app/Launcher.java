package io.github.ocnmailsetup.app;

import io.github.ocnmailsetup.cli.Cli;
import io.github.ocnmailsetup.domain.I18n;

/**
 * The jar's main class. It is a plain class, not a JavaFX {@code Application}, so the app runs from the class path
 * (docs/architecture.md, "JavaFX from the class path"). It sets up the per-user folders and logging before anything
 * logs, then runs a command or opens the wizard.
 */
public final class Launcher {

    /** Off with -Docnsetup.check.warmup=false, to measure what the warm-up gives (docs/performance.md). */
    private static final boolean WARM_UP_CHECK = !"false".equals(System.getProperty("ocnsetup.check.warmup"));

    private Launcher() {
    }

    public static void main(String[] args) {
        AppFolders folders = AppFolders.forCurrentUser();
        Logging.useFolder(folders.logs());
        if (args.length > 0 && "--self-check".equals(args[0])) {
            System.exit(SelfCheck.run(System.out, I18n.systemLanguage()));
        }
        if (args.length > 0 && "--measure-startup".equals(args[0])) {
            System.exit(StartupMeasure.run(folders, java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length == 1 && "--train-cache".equals(args[0])) {
            System.exit(CacheTraining.run(folders));
        }
        if (Cli.isCommandLine(args)) {
            if (WARM_UP_CHECK) {
                CheckWarmUp.startFor(args);
            }
            System.exit(new Cli(Cli.CliContext.system()).run(args));
        }
        System.exit(WizardStart.start(folders, args));
    }
}
