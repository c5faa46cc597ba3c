package io.github.ocnmailsetup.cli;

/** The version from the jar's manifest, or "development" when run from the build tree. */
final class VersionProvider {

    private VersionProvider() {
    }

    /** What {@code --version} prints. */
    static String versionLine() {
        return "OCN Mail SSL Setup " + appVersion();
    }

    /** The version from the jar's manifest, or "development". */
    static String appVersion() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
