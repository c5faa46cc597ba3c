package io.github.ocnmailsetup.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders for remembered answers and logs, where each OS keeps them. The system property
 * {@value #HOME_PROPERTY} moves both under one folder, so tests and the demo never touch a user's real ones.
 *
 * @param data where remembered answers and backups of settings live
 * @param logs where the rolling log file lives
 */
public record AppFolders(Path data, Path logs) {

    /** Redirects both folders: {@code <value>/data} and {@code <value>/logs}. */
    public static final String HOME_PROPERTY = "ocnsetup.home";

    private static final String APP_DIR = "OCN Mail SSL Setup";
    private static final String LINUX_DIR = "ocn-mail-setup";

    /** The folders for this user on this OS, or under {@value #HOME_PROPERTY} when it is set. */
    public static AppFolders forCurrentUser() {
        return resolve(System.getProperties().entrySet().stream()
                        .filter(e -> e.getKey().equals(HOME_PROPERTY))
                        .map(e -> String.valueOf(e.getValue()))
                        .findFirst().orElse(null),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }

    static AppFolders resolve(@org.jspecify.annotations.Nullable String redirect, String osName, Path home,
            Map<String, String> env) {
        if (redirect != null && !redirect.isBlank()) {
            Path base = Path.of(redirect);
            return new AppFolders(base.resolve("data"), base.resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            Path base = local.resolve(APP_DIR);
            return new AppFolders(base.resolve("data"), base.resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            return new AppFolders(library.resolve("Application Support").resolve(APP_DIR),
                    library.resolve("Logs").resolve(APP_DIR));
        }
        Path dataHome = envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        Path stateHome = envPath(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"));
        return new AppFolders(dataHome.resolve(LINUX_DIR), stateHome.resolve(LINUX_DIR).resolve("logs"));
    }

    /** The demo's own folders, beside the real ones but never the same. */
    public AppFolders demo() {
        return new AppFolders(data.resolve("demo"), logs);
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
    }
}
