package io.github.ocnmailsetup.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from the build tree. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"OCN Mail SSL Setup " + appVersion()};
    }

    /** The version from the jar's manifest, or "development". */
    static String appVersion() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
