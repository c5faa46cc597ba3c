package io.github.ocnmailsetup.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Thunderbird version that will open a profile, and with it how a server name change is stored.
 * Thunderbird 102 (bug 1483485, May 2022) stopped keeping {@code realhostname}/{@code realuserName} beside the
 * old {@code hostname}/{@code userName}: it writes the new names into {@code hostname}/{@code userName} and
 * rewrites every folder URI that names the old server. Earlier versions kept the old names and wrote the real
 * ones into {@code realhostname}/{@code realuserName}.
 *
 * @param version the version string, or {@code null} when neither the installation nor the profile tells
 * @param source  where the version was read
 */
public record ThunderbirdVersion(@Nullable String version, Source source) {

    /** The first version that rewrites hostname and folder URIs instead of writing realhostname. */
    public static final int FIRST_REWRITING_MAJOR = 102;

    /** Where the version came from. */
    public enum Source {
        /** application.ini of the installation that last opened the profile (compatibility.ini LastAppDir). */
        INSTALLATION,
        /** compatibility.ini LastVersion of the profile. */
        PROFILE,
        /** Neither: the profile was never opened; the current behaviour is assumed. */
        UNKNOWN
    }

    /** Whether this version changes hostname/userName and the folder URIs (102 and later, or unknown). */
    public boolean rewritesHostname() {
        Integer major = major();
        return major == null || major >= FIRST_REWRITING_MAJOR;
    }

    /** The major version number, or {@code null} when unknown. */
    public @Nullable Integer major() {
        if (version == null) {
            return null;
        }
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? null : Integer.valueOf(version.substring(0, end));
    }

    /** Reads the version for a profile folder: the installation's application.ini first, then compatibility.ini. */
    static ThunderbirdVersion of(Path profileFolder) {
        Map<String, String> compat = section(profileFolder.resolve("compatibility.ini"), "Compatibility");
        for (String key : new String[] {"LastAppDir", "LastPlatformDir"}) {
            String dir = compat.get(key);
            if (dir == null || dir.isBlank()) {
                continue;
            }
            try {
                String installed = section(Path.of(dir).resolve("application.ini"), "App").get("Version");
                if (installed != null && !installed.isBlank()) {
                    return new ThunderbirdVersion(installed, Source.INSTALLATION);
                }
            } catch (InvalidPathException e) {
                // A path from another operating system: fall back to the profile's own record.
            }
        }
        String last = compat.get("LastVersion");
        if (last != null && !last.isBlank()) {
            int cut = last.indexOf('_');
            return new ThunderbirdVersion(cut > 0 ? last.substring(0, cut) : last, Source.PROFILE);
        }
        return new ThunderbirdVersion(null, Source.UNKNOWN);
    }

    private static Map<String, String> section(Path ini, String name) {
        if (!Files.isRegularFile(ini)) {
            return Map.of();
        }
        try {
            return ProfileFinder.IniText.parse(Files.readString(ini, StandardCharsets.UTF_8))
                    .getOrDefault(name, Map.of());
        } catch (IOException e) {
            return Map.of();
        }
    }
}
