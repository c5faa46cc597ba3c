package io.github.ocnmailsetup.app;

/** Opens the wizard (or its demo). Placeholder until the wizard issue lands. */
final class WizardStart {

    private WizardStart() {
    }

    static int start(AppFolders folders, String[] args) {
        System.err.println("The wizard is not available in this version yet. Try: check --help");
        return 2;
    }
}
