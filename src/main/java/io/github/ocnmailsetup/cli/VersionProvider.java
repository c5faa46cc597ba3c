package io.github.ocnmailsetup.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from the build tree. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return new String[] {"OCN Mail SSL Setup " + (version == null ? "development" : version)};
    }
}
