package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For tests outside this package: the real Thunderbird 153 test profile installed as Thunderbird lays it out. */
public final class InstalledThunderbird {

    private InstalledThunderbird() {
    }

    /** A copy of the real-153 profile under {@code root} (a home's {@code .thunderbird}), listed in profiles.ini. */
    public static Path real153Under(Path root) {
        Path profile = TestProfiles.copy("real-153", root.resolve("abcd1234.default-release")).folder();
        try {
            Files.writeString(root.resolve("profiles.ini"), "[Profile0]\nName=default-release\nIsRelative=1\n"
                    + "Path=abcd1234.default-release\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return profile;
    }
}
