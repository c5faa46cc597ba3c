package io.github.ocnmailsetup.clients;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Thunderbird keeps its profiles on this computer: the home folder, the environment and the operating
 * system. Tests pass their own, so they never look at the real home folder.
 */
public record ThunderbirdEnvironment(Path home, Map<String, String> env, OperatingSystem os) {

    /** The operating systems Thunderbird lays out differently. */
    public enum OperatingSystem {
        WINDOWS, MAC, LINUX;

        /** The one this JVM runs on; anything not Windows or macOS is laid out like Linux. */
        public static OperatingSystem current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) {
                return WINDOWS;
            }
            return name.startsWith("mac") ? MAC : LINUX;
        }
    }

    public ThunderbirdEnvironment {
        env = Map.copyOf(env);
    }

    /** The real home folder and environment of the user running this program. */
    public static ThunderbirdEnvironment system() {
        return new ThunderbirdEnvironment(Path.of(System.getProperty("user.home")), System.getenv(),
                OperatingSystem.current());
    }

    /**
     * The folders that may hold a {@code profiles.ini}: Windows {@code %APPDATA%\Thunderbird}, macOS
     * {@code ~/Library/Thunderbird}, Linux {@code ~/.thunderbird}, the snap and the flatpak packages, and the
     * XDG configuration folder newer builds may use.
     */
    public List<Path> profileRoots() {
        List<Path> roots = new ArrayList<>();
        switch (os) {
            case WINDOWS -> {
                Path appData = pathFromEnv("APPDATA");
                roots.add((appData != null ? appData : home.resolve("AppData").resolve("Roaming"))
                        .resolve("Thunderbird"));
            }
            case MAC -> roots.add(home.resolve("Library").resolve("Thunderbird"));
            case LINUX -> {
                roots.add(home.resolve(".thunderbird"));
                roots.add(home.resolve("snap/thunderbird/common/.thunderbird"));
                roots.add(home.resolve(".var/app/org.mozilla.Thunderbird/.thunderbird"));
                Path xdg = pathFromEnv("XDG_CONFIG_HOME");
                roots.add((xdg != null ? xdg : home.resolve(".config")).resolve("thunderbird"));
            }
        }
        return roots;
    }

    private @org.jspecify.annotations.Nullable Path pathFromEnv(String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
